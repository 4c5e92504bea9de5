package io.redress.simulation;

import java.util.List;
import java.util.Map;

/**
 * What a run found, per policy and side by side. Every number is measured from the engine's own records of the
 * simulated cases; what the engine does not model yet reads 0 and is named in {@code notModelled}. Everything but
 * {@code run} (wall-clock measurements) is the same for the same scenario, seed and policies.
 */
public record SimulationReport(String scenario, long seed, int horizonDays, int orders, Side baseline, Side candidate,
        List<Difference> differences, List<String> notModelled, Run run) {

    /** One policy's results. */
    public record Side(String policy, Outcomes outcomes) {
    }

    public record Outcomes(Cases cases, TimeToMoney timeToMoney, double resolvedWithoutAgentShare, Agents agents,
            Timeouts timeouts, Money money, Buyers buyers, Legal legal, Payouts payouts, Map<String, Integer> engineRefusals) {
    }

    /** Applications made and how the cases stood at the horizon. */
    public record Cases(int opened, int refused, Map<String, Integer> byStatus, Map<String, Integer> byCloseReason,
            int openAtHorizon) {
    }

    /** From the application to the money back with the buyer, in hours. */
    public record TimeToMoney(Percentiles all, Map<String, Percentiles> byType, Map<String, Percentiles> byBuyer) {
    }

    public record Percentiles(int count, Double p50Hours, Double p90Hours, Double p99Hours) {
    }

    /** Disputes the platform's agents handled and the agent SLAs (T_ACCEPT, T_RULING) breached. */
    public record Agents(int disputes, int accepted, int ruled, int rulingsForBuyer, double handlingHours,
            int acceptSlaBreaches, int rulingSlaBreaches) {
    }

    /** Cases moved by a timer rather than a party, per side. */
    public record Timeouts(int autoAgreed, int autoRefunded, int closedByTimeout, int closedByRevisionTimeout,
            int closedByReturnTimeout) {
    }

    /** Money in minor units: refunded to buyers; advanced, recovered and written off (instant refunds) not modelled. */
    public record Money(long refunded, long requested, long advanced, long recovered, long writtenOff) {
    }

    /** Abusive buyers and honest ones: claims, what they got, and what the credit rules did (not modelled yet). */
    public record Buyers(Map<String, Integer> claimsByKind, Map<String, Integer> refundedByKind, int honestClaimsDenied,
            int abusiveBuyers, int abusiveCaught, Double abusiveCaughtAfterClaims, int honestPenalised) {
    }

    /** Statutory bounds the run breached; a policy that breaches any may not be published unreviewed. */
    public record Legal(int total, int refundLaterThanLaw, int noReasonRefusedWithinLaw, List<String> examples) {
    }

    /** Refund legs at the PSP. */
    public record Payouts(long pspCalls, int casesAwaitingPayoutAtHorizon) {
    }

    /** A number that differs between the sides, by its path in {@link Outcomes}. */
    public record Difference(String metric, Double baseline, Double candidate, Double delta) {
    }

    /** How long the run took on this machine: not part of what must repeat. */
    public record Run(long wallMillis, long events, double eventsPerSecond, Map<String, Long> sideMillis) {
    }
}
