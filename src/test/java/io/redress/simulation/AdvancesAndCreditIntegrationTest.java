package io.redress.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressApplication;
import org.junit.jupiter.api.Test;

/**
 * Instant refunds and the credit ladder, played through the engine: turning instant refunds on makes the platform pay
 * honest buyers' unshipped refunds first, and the report follows each advance to where it stood at the horizon; the
 * faults the agents find in abusive buyers' empty-parcel claims climb the ladder, and its penalties are counted per
 * buyer kind with the claims made before the first.
 */
class AdvancesAndCreditIntegrationTest {

    @Test
    void instantRefundsAreAdvancedAndFollowedAndTheLadderIsCountedByBuyerKind() {
        SimulationReport report = Simulator.run(RedressApplication.class, Scenarios.abusers(45, 7), Scenarios.taobao(),
                Scenarios.taobaoWithInstantRefunds(), SimulationProgress.NONE, false);
        SimulationReport.Outcomes off = report.baseline().outcomes();
        SimulationReport.Outcomes on = report.candidate().outcomes();

        assertThat(off.money().advancedCases()).isZero();
        assertThat(off.money().advanced()).isZero();
        assertThat(on.money().advancedCases()).isPositive();
        assertThat(on.money().advanced()).isPositive();
        assertThat(on.money().settled() + on.money().recovering() + on.money().recovered() + on.money().writtenOff())
                .isPositive().isLessThanOrEqualTo(on.money().advanced());
        assertThat(report.differences()).anyMatch(d -> d.metric().equals("money.advanced"));

        for (SimulationReport.Outcomes side : new SimulationReport.Outcomes[] {off, on}) {
            SimulationReport.Buyers buyers = side.buyers();
            assertThat(buyers.abusiveCaught()).isEqualTo(buyers.penalisedByKind().getOrDefault("ABUSIVE", 0));
            assertThat(buyers.honestPenalised()).isEqualTo(buyers.penalisedByKind().getOrDefault("HONEST", 0));
            assertThat(buyers.abusiveCaughtAfterClaims() == null).isEqualTo(buyers.abusiveCaught() == 0);
        }
        assertThat(off.buyers().abusiveCaught()).isPositive();
        assertThat(off.buyers().abusiveCaughtAfterClaims()).isGreaterThanOrEqualTo(1.0);
        assertThat(on.buyers().abusiveCaught()).isPositive();
    }

    /**
     * Return advances the sellers refuse go to the platform's review; a buyer found at fault owes the advance, and a
     * buyer who pays it back (here every one, within two hours) turns it from recovering into recovered.
     */
    @Test
    void buyersFoundAtFaultWhoPayBackTurnAdvancesIntoRecovered() {
        SimulationReport report = Simulator.run(RedressApplication.class, Scenarios.returnsRefused(30, 5, 1.0),
                Scenarios.taobao(), Scenarios.taobaoWithInstantRefunds(), SimulationProgress.NONE, false);
        SimulationReport.Money money = report.candidate().outcomes().money();

        assertThat(money.advancedCases()).isPositive();
        assertThat(money.recovered()).isPositive();
        assertThat(money.settled() + money.recovering() + money.recovered() + money.writtenOff())
                .isLessThanOrEqualTo(money.advanced());
        assertThat(report.baseline().outcomes().money().recovered()).isZero();
    }
}
