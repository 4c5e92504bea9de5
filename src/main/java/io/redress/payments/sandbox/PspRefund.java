package io.redress.payments.sandbox;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A refund as the PSP reports it (refund answers, queries and callbacks): status SUCCEEDED, PENDING or FAILED.
 * {@code payouts} is how many times the PSP moved this refund's money; anything but 0 or 1 is a double payment.
 */
public record PspRefund(String externalKey, String pspReference, long amount, String currency,
        @Schema(allowableValues = {"SUCCEEDED", "PENDING", "FAILED"}) String status,
        String pspRefundId, String message, int payouts,
        @Schema(format = "date-time") String createdAt) {
}
