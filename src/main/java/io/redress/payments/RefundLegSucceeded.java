package io.redress.payments;

import java.util.Currency;

/** The PSP confirmed that one leg's money went back to the buyer's instrument. */
public record RefundLegSucceeded(String refundRef, String orderId, String externalKey, String paymentId, Currency currency, long amount) {
}
