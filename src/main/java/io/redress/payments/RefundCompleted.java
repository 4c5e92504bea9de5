package io.redress.payments;

/** Every leg of the refund succeeded at the PSP (published once). */
public record RefundCompleted(String refundRef, String orderId) {
}
