package io.redress.payments;

/** The PSP refused one leg; the money did not move and an operator must decide what to do. */
public record RefundLegFailed(String refundRef, String orderId, String externalKey, String reason) {
}
