package io.redress.payments;

/**
 * A paid leg as recorded, for the listeners that act on it (the ledger's posting of the leg), published with
 * {@link RefundLegSucceeded} in the transaction that records it. Normally {@code deferred} is false and they act in
 * that transaction; when it fails, the leg is recorded again in one of its own with {@code deferred} set, and they act
 * through the event publication registry after that commit, so recording what the PSP paid never fails with them
 * (see {@link RefundCompletion}). Not externalized, no webhook: {@link RefundLegSucceeded} is the fact outsiders see.
 */
public record RefundLegRecorded(RefundLegSucceeded leg, boolean deferred) {
}
