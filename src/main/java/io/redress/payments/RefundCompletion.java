package io.redress.payments;

/**
 * A refund's completion, for the listener that acts on it (the after-sale case the refund pays out), published with
 * {@link RefundCompleted} in the transaction that records the refund's last paid leg. Normally {@code deferred} is
 * false and the listener acts in that transaction: the paid leg and what it completes commit together, with no queue
 * in between. When that transaction fails, the leg is recorded again in one of its own with {@code deferred} set; the
 * listener then acts through the event publication registry, after the commit and again until it succeeds, so
 * recording what the PSP paid never fails with what the completion does. Not externalized, no webhook:
 * {@link RefundCompleted} is the fact outsiders see.
 */
public record RefundCompletion(String refundRef, String orderId, boolean deferred) {
}
