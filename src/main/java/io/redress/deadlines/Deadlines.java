package io.redress.deadlines;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Durable deadlines, at most one active per case. They survive restarts and fire once across any number
 * of application instances; a deadline replaced or cancelled before it fires never fires.
 * Call inside the business transaction: the deadline commits or rolls back with it.
 */
public interface Deadlines {

    /** Sets the case's deadline, replacing any active one. */
    Deadline set(String caseId, String timerId, String party, Instant dueAt, String onExpiry);

    /**
     * As {@link #set}, for a case created in the current transaction: it has no deadline yet, so none is looked for
     * (the case's key refuses a second row, failing the transaction).
     */
    Deadline first(String caseId, String timerId, String party, Instant dueAt, String onExpiry);

    /** Removes the case's active deadline, if any. */
    void cancel(String caseId);

    /** The case's active deadline: set, and neither fired, replaced nor cancelled. */
    Optional<Deadline> find(String caseId);

    /** The active deadlines of {@code caseIds} by case id, in one read (a case without one is absent). */
    Map<String, Deadline> findAll(Collection<String> caseIds);
}
