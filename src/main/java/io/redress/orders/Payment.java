package io.redress.orders;

/** One payment instrument of an order, with what refunds have returned to it and what is in flight. */
public record Payment(String paymentId, PaymentMethod method, long amount, String pspReference, long refundedAmount, long reservedAmount) {

    public long remaining() {
        return amount - refundedAmount - reservedAmount;
    }
}
