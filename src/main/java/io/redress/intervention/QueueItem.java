package io.redress.intervention;

import java.time.Duration;
import java.time.Instant;

/**
 * A dispute in the agents' queue: where it stands, who holds it, and the SLA the platform is on (time to accept
 * while REQUESTED, time to rule in FIRST_REVIEW and SUPERVISOR_REVIEW; none otherwise). At risk once less than a
 * quarter of the SLA is left, or when breached.
 */
public record QueueItem(String caseId, String status, String agent, String requestedBy, Instant requestedAt,
        Instant slaDueAt, boolean atRisk, boolean breached) {

    static final int AT_RISK_DIVISOR = 4;

    public static QueueItem of(String caseId, String status, String agent, String requestedBy, Instant requestedAt,
            Instant slaStartedAt, Instant slaDueAt, Instant now) {
        return new QueueItem(caseId, status, agent, requestedBy, requestedAt, slaDueAt,
                atRisk(slaStartedAt, slaDueAt, now), slaDueAt != null && !now.isBefore(slaDueAt));
    }

    /** Less than a quarter of the SLA left at {@code now} (or past it). */
    public static boolean atRisk(Instant started, Instant due, Instant now) {
        if (started == null || due == null) {
            return false;
        }
        Duration whole = Duration.between(started, due);
        return !now.isBefore(due.minus(whole.dividedBy(AT_RISK_DIVISOR)));
    }

    /** An agent and how many open disputes they hold. */
    public record Load(String agent, long open) {
    }
}
