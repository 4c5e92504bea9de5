package io.redress.advance;

import java.time.Instant;

/**
 * The platform advanced a refund and a ruling found the buyer at fault: the buyer owes {@code amountFen} back. Never a
 * reversal of the refund at the PSP: what follows (a receivable, a credit penalty) belongs to the modules that
 * listen; the ledger books the advance as a receivable from the buyer in the same step.
 */
public record AdvanceUnrecovered(String caseId, String buyerId, long amountFen, String reason, Instant at) {
}
