package io.redress.postrefund;

import io.redress.ledger.Account;
import io.redress.ledger.EntryKind;
import io.redress.ledger.JournalEntry;
import java.util.Currency;

/**
 * The journal entries of what follows a refund, as pure functions. None of them touches the refund: nothing is
 * credited to the PSP's clearing account or debited to the buyer's refund funds (which would take money back from the
 * buyer's instrument); a correction is always a new movement between the platform, the seller and what the buyer owes.
 */
public final class AfterRefundPostings {

    /** What the platform lost on receivables it gave up on (an expense). */
    public static final Account WRITE_OFFS = new Account("PLATFORM_WRITE_OFF");

    public static final String COMPENSATION = "appeal-compensation:";
    public static final String OPENED = "receivable-opened:";
    public static final String PAID = "receivable-paid:";
    public static final String WRITTEN_OFF = "receivable-written-off:";
    /**
     * The entry that opens a receivable from a platform advance: booked by the ledger when the advance is recovered
     * from the buyer ({@code advance-recovered:<caseId>}, buyer receivable ← platform advance), never here.
     */
    public static final String ADVANCE_OPENED = "advance-recovered:";

    private AfterRefundPostings() {
    }

    /** The platform pays the seller what a refund it decided cost it: platform expense → seller payable. */
    public static JournalEntry compensation(String requestId, String orderId, String shopId, Currency currency,
            long amount) {
        return JournalEntry.builder(COMPENSATION + requestId, EntryKind.APPEAL_COMPENSATION, orderId, currency)
                .debit(Account.PLATFORM_COMPENSATION, amount)
                .credit(Account.sellerPayable(shopId), amount)
                .memo("seller appeal " + requestId + " upheld: the platform compensates shop " + shopId)
                .build();
    }

    /**
     * The buyer owes the amount back: the seller is made whole at once and the platform carries the collection
     * (buyer receivable → seller payable).
     */
    public static JournalEntry opened(Receivable r) {
        return JournalEntry.builder(OPENED + r.receivableId(), EntryKind.RECEIVABLE_OPENED, r.orderId(), currency(r))
                .debit(Account.buyerReceivable(r.buyerId()), r.amount())
                .credit(Account.sellerPayable(r.shopId()), r.amount())
                .memo("receivable " + r.receivableId() + " against buyer " + r.buyerId() + " after seller appeal "
                        + r.requestId())
                .build();
    }

    /** The buyer paid part or all of it (the money arrived through the PSP): clearing ← buyer receivable. */
    public static JournalEntry paid(Receivable r, int paymentNo, long amount, String paymentRef) {
        return JournalEntry.builder(PAID + r.receivableId() + ":" + paymentNo, EntryKind.RECEIVABLE_SETTLED,
                        r.orderId(), currency(r))
                .debit(Account.PSP_CLEARING, amount)
                .credit(Account.buyerReceivable(r.buyerId()), amount)
                .memo("receivable " + r.receivableId() + " paid by the buyer, payment " + paymentRef)
                .build();
    }

    /** The platform gives up what is outstanding: write-off expense ← buyer receivable. */
    public static JournalEntry writtenOff(Receivable r, long amount) {
        return JournalEntry.builder(WRITTEN_OFF + r.receivableId(), EntryKind.RECEIVABLE_WRITTEN_OFF, r.orderId(),
                        currency(r))
                .debit(WRITE_OFFS, amount)
                .credit(Account.buyerReceivable(r.buyerId()), amount)
                .memo("receivable " + r.receivableId() + " written off")
                .build();
    }

    private static Currency currency(Receivable r) {
        return Currency.getInstance(r.currency());
    }
}
