package io.redress.aftersale;

import java.time.Instant;

/**
 * A seller's counter-proposal on a case, made at case version {@code version}: another amount (null: the amount
 * requested stands) and/or, for a return, where the goods go back (null: none given). PENDING until the buyer
 * accepts or rejects it, or the case moves on without it (LAPSED).
 */
public record CaseProposal(String caseId, long version, Long amount, String returnAddress, String proposedBy,
        Instant proposedAt, State state, Instant answeredAt) {

    public enum State {
        PENDING, ACCEPTED, REJECTED, LAPSED
    }

    /** The amount that accepting refunds: the proposed one, or what the case asks for. */
    public long amountOr(long requested) {
        return amount == null ? requested : amount;
    }
}
