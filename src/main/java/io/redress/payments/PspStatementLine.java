package io.redress.payments;

import java.time.Instant;

/** One row of the PSP's own refund records (its reconciliation file); a refund paid twice appears twice. */
public record PspStatementLine(String externalKey, String pspReference, long amount, GatewayResult.Status status, Instant createdAt) {
}
