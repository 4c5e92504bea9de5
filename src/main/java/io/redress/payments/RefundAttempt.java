package io.redress.payments;

import java.time.Instant;
import java.util.Currency;

/**
 * One refund leg sent to the PSP under a stable {@code externalKey} (refundRef-legNo), reused on every retry.
 * {@code attempts} counts refund calls, {@code checks} the reconciler's queries in the current status.
 */
public record RefundAttempt(
        String externalKey,
        String refundRef,
        int legNo,
        String orderId,
        String paymentId,
        String pspReference,
        long amount,
        Currency currency,
        RefundStatus status,
        int attempts,
        int checks,
        String pspRefundId,
        String lastError,
        boolean parked,
        String parkReason,
        Instant nextCheckAt,
        Instant createdAt,
        Instant updatedAt) {
}
