package io.redress.payments;

/** A leg's outcome stayed unknown or pending through every check: parked for an operator. */
public record RefundLegParked(String refundRef, String orderId, String externalKey, String reason) {
}
