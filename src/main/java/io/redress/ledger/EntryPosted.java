package io.redress.ledger;

import java.time.Instant;
import java.util.List;

/** An entry was posted to the ledger (published in the transaction that wrote it; never for a reference posted before). */
public record EntryPosted(long entryId, String reference, EntryKind kind, String orderId, String currency, long amount,
        List<Posting> postings, String memo, Instant postedAt) {

    public static EntryPosted of(long entryId, JournalEntry entry, Instant postedAt) {
        return new EntryPosted(entryId, entry.reference(), entry.kind(), entry.orderId(), entry.currency().getCurrencyCode(),
                entry.debitTotal(), entry.postings(), entry.memo(), postedAt);
    }
}
