package io.redress.payments;

import org.springframework.modulith.events.Externalized;

/** The PSP refused one leg; the money did not move and an operator must decide what to do. */
@Externalized("redress.refunds::#{orderId()}")
public record RefundLegFailed(String refundRef, String orderId, String externalKey, String reason) {
}
