package io.redress.decisions;

/** A refund was decided; published in the deciding transaction, carrying the whole decision. */
public record RefundDecided(RefundDecision decision) {
}
