package io.redress.payments;

import java.util.Objects;

/** The part of a refund that goes back to one payment instrument. */
public record RefundLeg(String paymentId, String pspReference, long amount) {

    public RefundLeg {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(pspReference, "pspReference");
        if (paymentId.isBlank() || pspReference.isBlank()) {
            throw new IllegalArgumentException("a refund leg needs a paymentId and a pspReference");
        }
        if (amount <= 0) {
            throw new IllegalArgumentException("a refund leg amount must be positive, was " + amount);
        }
    }
}
