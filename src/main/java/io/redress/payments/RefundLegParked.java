package io.redress.payments;

import org.springframework.modulith.events.Externalized;

/** A leg's outcome stayed unknown or pending through every check: parked for an operator. */
@Externalized("redress.refunds::#{orderId()}")
public record RefundLegParked(String refundRef, String orderId, String externalKey, String reason) {
}
