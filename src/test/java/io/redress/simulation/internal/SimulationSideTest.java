package io.redress.simulation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressApplication;
import io.redress.policy.PolicyRules;
import io.redress.simulation.Scenario;
import io.redress.simulation.SimulationProgress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A side plays the whole engine in the run's own thread: the recurring executions due at the very start (the refund
 * reconciliation and the payout redelivery) are run by the run, never by db-scheduler's threads, which would
 * reschedule them by a simulated clock the run keeps moving, at times that may already lie behind it.
 */
class SimulationSideTest {

    @Test
    void theRunMovesToTheEarliestStepAndAnExecutionScheduledBehindTheClockIsDueAtOnce() {
        Instant now = Instant.parse("2026-03-04T00:09:23Z");
        Instant later = now.plusSeconds(60);

        assertThat(SimulationSide.nextStep(later, later.plusSeconds(1), now)).isEqualTo(later);
        assertThat(SimulationSide.nextStep(null, later, now)).isEqualTo(later);
        assertThat(SimulationSide.nextStep(later, Instant.parse("2026-03-03T08:11:00Z"), now)).isEqualTo(now);
        assertThat(SimulationSide.nextStep(null, null, now)).isNull();
    }

    /**
     * The engine's daily ledger reconciliation compares what it paid with the PSP's own records: the simulated PSP
     * keeps them as a PSP does, so a run whose refunds were all paid ends without a break.
     */
    @Test
    void theDailyReconciliationFindsEveryRefundPaidAtTheSimulatedPsp() {
        Scenario scenario = new Scenario("returns", 3L, null, 12, 12,
                List.of(new Scenario.BuyerKind("HONEST", 1, 1, Map.of("RECEIVED", 1.0), Map.of("NO_REASON", 1.0), 1, 0, 0,
                        0, Duration.ofHours(2), Duration.ofDays(1), 0, null)),
                null, null, null, new Scenario.Psp(Duration.ZERO, 0, 0)).validated();

        SimulationSide.Played played = SimulationSide.play(RedressApplication.class, Plan.of(scenario), PolicyRules.taobao(),
                "reconciled", SimulationProgress.NONE, false);

        assertThat(played.histories()).anyMatch(h -> h.refunded() > 0);
        assertThat(played.reconciliationBreaks()).isZero();
    }

    @Test
    void theEnginesSchedulerRunsNothingBehindTheRunsBack() {
        Scenario scenario = new Scenario("side", 5L, null, 4, 6, null, null, null, null, null).validated();

        SimulationSide.Played played = SimulationSide.play(RedressApplication.class, Plan.of(scenario), PolicyRules.taobao(),
                "side", SimulationProgress.NONE, false);

        assertThat(played.end()).isEqualTo(scenario.start().toInstant().plus(java.time.Duration.ofDays(4)));
        assertThat(played.ranByScheduler()).isZero();
    }
}
