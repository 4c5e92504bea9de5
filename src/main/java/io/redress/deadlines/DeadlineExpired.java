package io.redress.deadlines;

import java.time.Instant;

/**
 * A case's deadline ran out. Published once, in the transaction that marks the deadline done, so a listener
 * registered with the event publication registry applies {@code onExpiry} exactly once in effect.
 */
public record DeadlineExpired(String caseId, String timerId, String onExpiry, Instant dueAt) {
}
