package io.redress.simulation;

import io.redress.RedressApplication;
import static org.assertj.core.api.Assertions.assertThat;

import io.redress.policy.TimerId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Scenarios whose outcome is known in advance report exactly that outcome, measured from the engine's records. */
class KnownOutcomesIntegrationTest {

    @Test
    void silentSellersHaveEveryRefundOnlyCaseAgreedByTheTimerExactlyWhenItRunsOut() {
        Scenario scenario = Scenarios.silentSellers(40, 7);
        SimulationReport report = Simulator.run(RedressApplication.class, scenario, Scenarios.taobao(),
                Scenarios.taobaoWith(TimerId.T_SELLER_UNSHIPPED, Duration.ofHours(6)), SimulationProgress.NONE, false);

        System.out.println(report.run());
        SimulationReport.Outcomes taobao = report.baseline().outcomes();
        assertThat(taobao.cases().opened()).isEqualTo(40);
        assertThat(taobao.cases().refused()).isZero();
        assertThat(taobao.timeouts().autoAgreed()).isEqualTo(40);
        assertThat(taobao.cases().byStatus()).containsExactlyEntriesOf(java.util.Map.of("REFUNDED", 40));
        assertThat(taobao.timeToMoney().all()).isEqualTo(new SimulationReport.Percentiles(40, 24.0, 24.0, 24.0));
        assertThat(taobao.resolvedWithoutAgentShare()).isEqualTo(1.0);
        assertThat(taobao.money().refunded()).isEqualTo(taobao.money().requested()).isPositive();
        assertThat(taobao.legal().total()).isZero();

        SimulationReport.Outcomes shorter = report.candidate().outcomes();
        assertThat(shorter.timeouts().autoAgreed()).isEqualTo(40);
        assertThat(shorter.timeToMoney().all()).isEqualTo(new SimulationReport.Percentiles(40, 6.0, 6.0, 6.0));
    }
}
