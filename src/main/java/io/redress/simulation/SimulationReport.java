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

    /**
     * Money in minor units: refunded to buyers and requested; what the platform paid first (instant refunds and return
     * advances, {@code advancedCases} of them) and where it stood at the horizon: borne by the seller ({@code settled}),
     * owed by a buyer found at fault ({@code recovering}), paid back ({@code recovered}), borne by the platform
     * ({@code writtenOff}). The rest of {@code advanced} was still waiting for the seller's answer.
     */
    public record Money(long refunded, long requested, int advancedCases, long advanced, long settled, long recovering,
            long recovered, long writtenOff) {
    }

    /**
     * Abusive buyers and honest ones: claims, what they got, and what the credit rules did. A buyer is penalised when
     * the engine's credit ladder issued them a penalty during the run; {@code abusiveCaught} counts abusive buyers
     * penalised, {@code abusiveCaughtAfterClaims} the mean number of claims they had made when it happened (null when
     * none was), {@code honestPenalised} honest buyers penalised, wrongly.
     */
    public record Buyers(Map<String, Integer> claimsByKind, Map<String, Integer> refundedByKind, int honestClaimsDenied,
            int abusiveBuyers, int abusiveCaught, Double abusiveCaughtAfterClaims, int honestPenalised,
            Map<String, Integer> penalisedByKind) {
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
