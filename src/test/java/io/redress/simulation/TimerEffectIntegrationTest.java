package io.redress.simulation;

import io.redress.RedressApplication;
import static org.assertj.core.api.Assertions.assertThat;

import io.redress.policy.TimerId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A candidate policy that shortens the seller's answer timers gets buyers their money sooner, as measured. */
class TimerEffectIntegrationTest {

    @Test
    void shorterSellerTimersShortenTheMeasuredTimeToMoney() {
        Scenario scenario = Scenarios.slowSellers(60, 5);
        SimulationReport report = Simulator.run(RedressApplication.class, scenario, Scenarios.taobao(),
                Scenarios.taobaoWith(TimerId.T_SELLER_UNSHIPPED, Duration.ofHours(4)), SimulationProgress.NONE, false);

        SimulationReport.Percentiles before = report.baseline().outcomes().timeToMoney().all();
        SimulationReport.Percentiles after = report.candidate().outcomes().timeToMoney().all();
        assertThat(before.count()).isGreaterThan(20);
        assertThat(after.p50Hours()).isLessThan(before.p50Hours());
        assertThat(after.p90Hours()).isLessThan(before.p90Hours());
        assertThat(report.differences()).anySatisfy(d -> {
            assertThat(d.metric()).isEqualTo("timeToMoney.all.p50Hours");
            assertThat(d.delta()).isNegative();
        });
    }
}
