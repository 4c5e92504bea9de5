package io.redress.ledger;

import io.redress.orders.Order;
import java.util.Currency;
import java.util.List;

/** The books: posts balanced entries once per reference and answers balances per account. */
public interface Ledger {

    /** Posts the entry unless an entry with its reference exists; true when it was posted now. */
    boolean post(JournalEntry entry);

    /** Posts the capture of an order (no entry when it moves nothing: {@link Postings#capturesNothing}) and remembers whose money it is. */
    boolean capture(Order order);

    /** Releases what escrow still holds for the order to the seller's payable; false when already settled. */
    boolean settle(String orderId);

    /** Posts a decided refund under the escrow model (before or after settlement) and returns its entry. */
    JournalEntry refund(String reference, RefundFunding funding);

    /** Posts the seller's repayment of an advance the platform paid ({@link Postings#advanceSettled}); once per reference. */
    JournalEntry settleAdvance(String reference, RefundFunding funding);

    List<AccountBalance> balances();

    /** Debits minus credits of one account in one currency. */
    long balance(Account account, Currency currency);

    /** The account's postings, newest first; empty when the account has none. */
    List<LedgerLine> lines(Account account);

    /**
     * The entries of one order, oldest first, one line each: its id, reference, kind, when, and its amount (the
     * entry's debit total); empty when the order has none.
     */
    List<LedgerLine> entriesOfOrder(String orderId);

    /** References of stored entries whose lines do not sum to zero; empty in a sound ledger. */
    List<String> unbalancedEntries();

    /**
     * The sellers' payables whose running balance (the row a refund after settlement reads) differs from the sum of
     * their lines, as {@code account currency: row R, lines L}; empty in a sound ledger.
     */
    List<String> driftedBalances();
}
