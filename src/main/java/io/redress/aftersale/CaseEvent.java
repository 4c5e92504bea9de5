package io.redress.aftersale;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of a case's timeline: the transition to {@code version}, who made it (a user name, none for SYSTEM),
 * when, and what they said or sent with it ({@code details}: e.g. returnAddress, carrier, trackingNo).
 */
public record CaseEvent(long version, Instant at, Actor actor, String user, String action, CaseStatus from,
        CaseStatus to, InterventionStatus intervention, String message, Map<String, Object> details) {

    public CaseEvent {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
