package io.redress.ledger;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A balanced set of postings in one currency. {@code reference} identifies the business fact (e.g.
 * capture:order-1); the ledger posts each reference once, so replayed events cannot post twice.
 */
public record JournalEntry(String reference, EntryKind kind, String orderId, Currency currency, List<Posting> postings, String memo) {

    public JournalEntry {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(currency, "currency");
        postings = List.copyOf(postings);
        if (postings.size() < 2) {
            throw new UnbalancedEntry(reference + ": an entry needs at least two postings");
        }
        long sum = postings.stream().mapToLong(Posting::amount).reduce(0, Math::addExact);
        if (sum != 0) {
            throw new UnbalancedEntry(reference + ": debits and credits differ by " + sum);
        }
    }

    /** Starts an entry; zero amounts are left out (an order without points has no points line). */
    public static Builder builder(String reference, EntryKind kind, String orderId, Currency currency) {
        return new Builder(reference, kind, orderId, currency);
    }

    public long debitTotal() {
        return postings.stream().mapToLong(Posting::amount).filter(a -> a > 0).sum();
    }

    /** What the entry did to one account (0 when it did not touch it). */
    public long amountFor(Account account) {
        return postings.stream().filter(p -> p.account().equals(account)).mapToLong(Posting::amount).sum();
    }

    /** Collects postings for one entry. */
    public static final class Builder {

        private final String reference;
        private final EntryKind kind;
        private final String orderId;
        private final Currency currency;
        private final List<Posting> postings = new ArrayList<>();
        private String memo;

        private Builder(String reference, EntryKind kind, String orderId, Currency currency) {
            this.reference = reference;
            this.kind = kind;
            this.orderId = orderId;
            this.currency = currency;
        }

        public Builder debit(Account account, long amount) {
            if (amount != 0) {
                postings.add(Posting.debit(account, amount));
            }
            return this;
        }

        public Builder credit(Account account, long amount) {
            if (amount != 0) {
                postings.add(Posting.credit(account, amount));
            }
            return this;
        }

        public Builder memo(String memo) {
            this.memo = memo;
            return this;
        }

        public JournalEntry build() {
            return new JournalEntry(reference, kind, orderId, currency, postings, memo);
        }
    }
}
