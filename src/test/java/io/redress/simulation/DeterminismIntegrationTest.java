package io.redress.simulation;

import io.redress.RedressApplication;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The same scenario, seed and policies give the same report (all but the run's wall-clock measurements), byte for
 * byte: the candidate turns instant refunds on, so refunds are paid, advances answered and the credit ladder climbed.
 * {@code -Dsimulation.determinism.orders=2000} plays it with 2,000 orders instead of 60, at the scale where thread
 * timing once showed.
 */
class DeterminismIntegrationTest {

    @Test
    void theSameSeedGivesTheSameReport() {
        Scenario scenario = Scenarios.mixed(Integer.getInteger("simulation.determinism.orders", 60), 11);
        SimulatedPolicy candidate = Scenarios.taobaoWithInstantRefunds();

        SimulationReport first = Simulator.run(RedressApplication.class, scenario, Scenarios.taobao(), candidate, SimulationProgress.NONE, false);
        SimulationReport second = Simulator.run(RedressApplication.class, scenario, Scenarios.taobao(), candidate, SimulationProgress.NONE, false);

        assertThat(first.baseline().outcomes().cases().opened()).isGreaterThan(10);
        assertThat(first.candidate().outcomes().money().advancedCases()).isPositive();
        assertThat(withoutRun(second)).isEqualTo(withoutRun(first));
        assertThat(ReportFiles.csv(second)).isEqualTo(ReportFiles.csv(first));
    }

    private static String withoutRun(SimulationReport report) {
        return ReportFiles.json(new SimulationReport(report.scenario(), report.seed(), report.horizonDays(),
                report.orders(), report.baseline(), report.candidate(), report.differences(), report.notModelled(), null));
    }
}
