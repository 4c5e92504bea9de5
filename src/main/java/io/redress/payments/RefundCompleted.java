package io.redress.payments;

import org.springframework.modulith.events.Externalized;

/** Every leg of the refund succeeded at the PSP (published once). */
@Externalized("redress.refunds::#{orderId()}")
public record RefundCompleted(String refundRef, String orderId) {
}
