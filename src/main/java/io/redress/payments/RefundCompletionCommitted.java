package io.redress.payments;

/**
 * The transaction that recorded a refund's last paid leg (and published {@link RefundCompleted}) has committed:
 * published right after it, on the same thread, outside any transaction, and never stored. It lets a listener act on
 * the completion at once instead of waiting for {@link RefundCompleted}'s delivery through the event registry, which
 * still follows and remains the guarantee (a crash in between, or a listener that failed here, loses nothing).
 */
public record RefundCompletionCommitted(String refundRef, String orderId) {
}
