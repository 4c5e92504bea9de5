package io.redress.ledger;

import java.time.Instant;

/**
 * One disagreement, with the amounts each side holds (null where a side has nothing) and its age since
 * the refund attempt (or the PSP's record) was created.
 */
public record ReconciliationBreak(BreakKind kind, String externalKey, String refundRef, String orderId, Long attemptAmount,
        Long pspAmount, Long ledgerAmount, String detail, Instant since, long ageMinutes) {
}
