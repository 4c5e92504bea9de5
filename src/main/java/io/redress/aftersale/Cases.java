package io.redress.aftersale;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored after-sale cases, written with optimistic concurrency on {@link Case#version()}. */
public interface Cases {

    Optional<Case> find(String caseId);

    /**
     * Whether the current transaction stored the case ({@link #add}): then nothing else of it exists but what this
     * transaction wrote, and a reader may answer "none" for what it did not write instead of looking. False outside
     * a transaction.
     */
    boolean addedHere(String caseId);

    /** The cases opened on an order, oldest first. */
    List<Case> ofOrder(String orderId);

    /** The cases of {@code caseIds} that exist, in that order, read together. */
    List<Case> all(List<String> caseIds);

    /**
     * How many of the buyer's cases became REFUNDED after {@code after} and at or before {@code notAfter} (each case
     * once, at the time it first did): the numerator of the buyer's refund rate.
     */
    long refundedFor(String buyerId, Instant after, Instant notAfter);

    /** Stores a new case, with the due time of its first deadline (null: none) for the queue's order. */
    Case add(Case created, Instant deadlineAt);

    /**
     * Stores {@code changed} over the stored case if that is still at {@code changed.version() - 1};
     * fails with {@link StaleCase} when someone else changed it first.
     */
    Case save(Case changed);

    /** As {@link #save(Case)}, with the due time of the case's deadline now (null: none) for the queue's order. */
    Case save(Case changed, Instant deadlineAt);

    /** The case was changed since the version an action was based on (409 with the current case). */
    final class StaleCase extends io.redress.shared.ConflictingState {
        public StaleCase(Case current) {
            super("case " + current.caseId() + " is at version " + current.version());
            with("case", current);
        }
    }
}
