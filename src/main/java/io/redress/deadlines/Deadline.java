package io.redress.deadlines;

import java.time.Instant;

/** The one active deadline of a case: who must act by when, and what the system does if they do not. */
public record Deadline(String caseId, String timerId, String party, Instant dueAt, String onExpiry, Instant setAt) {
}
