package io.redress.simulation;

import io.redress.RedressApplication;
import static org.assertj.core.api.Assertions.assertThat;

import io.redress.policy.TimerId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The same scenario, seed and policies give the same report (all but the run's wall-clock measurements). */
class DeterminismIntegrationTest {

    @Test
    void theSameSeedGivesTheSameReport() {
        Scenario scenario = Scenarios.mixed(60, 11);
        SimulatedPolicy shorter = Scenarios.taobaoWith(TimerId.T_SELLER_RECEIVED, Duration.ofDays(2));

        SimulationReport first = Simulator.run(RedressApplication.class, scenario, Scenarios.taobao(), shorter, SimulationProgress.NONE, false);
        SimulationReport second = Simulator.run(RedressApplication.class, scenario, Scenarios.taobao(), shorter, SimulationProgress.NONE, false);

        assertThat(first.baseline().outcomes().cases().opened()).isGreaterThan(10);
        assertThat(withoutRun(second)).isEqualTo(withoutRun(first));
        assertThat(ReportFiles.csv(second)).isEqualTo(ReportFiles.csv(first));
    }

    private static String withoutRun(SimulationReport report) {
        return ReportFiles.json(new SimulationReport(report.scenario(), report.seed(), report.horizonDays(),
                report.orders(), report.baseline(), report.candidate(), report.differences(), report.notModelled(), null));
    }
}
