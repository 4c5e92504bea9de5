package io.redress.advance;

import java.time.Instant;

/** The platform agreed for the seller and paid the buyer first (instant refund or advance), in that transaction. */
public record RefundAdvanced(String caseId, String orderId, String buyerId, String shopId, AdvanceKind kind,
        long amountFen, String currency, Instant at) {
}
