package io.redress.ledger;

import java.time.Instant;
import java.util.Currency;

/** One posting as an auditor reads it, with the entry it belongs to; amount > 0 is a debit. */
public record LedgerLine(long entryId, String reference, EntryKind kind, String orderId, Instant postedAt,
        Currency currency, long amount, String memo) {
}
