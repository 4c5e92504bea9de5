package io.redress.ledger;

import io.redress.orders.DiscountKind;
import io.redress.orders.DiscountShare;
import io.redress.orders.Funder;
import io.redress.orders.Order;
import io.redress.orders.OrderLine;
import java.util.Currency;

/**
 * The journal entries of the escrow model, as pure functions. Until the order is settled the seller's money
 * sits in PLATFORM_ESCROW; a refund before settlement comes out of escrow, after settlement out of the
 * seller's payable, and whatever the payable cannot cover becomes a receivable from the seller.
 * Platform-funded shares go back to the platform; points go back to the points liability.
 */
public final class Postings {

    /** Reference prefix of a refund payout entry; the rest is the leg's PSP external key. */
    public static final String REFUND_PAID = "refund-paid:";

    private Postings() {
    }

    /** The buyer paid: cash reached the PSP, the platform funded its discounts, escrow owes the seller all of it. */
    /**
     * True when the order's capture moves nothing: no cash paid and no platform discount or points (every fen of it
     * discounted away by the seller). Its capture posts no entry; the order is still known to the ledger.
     */
    public static boolean capturesNothing(Order order) {
        return order.totalPaid() == 0 && capturedPlatformFunding(order, false) == 0
                && capturedPlatformFunding(order, true) == 0;
    }

    public static JournalEntry capture(Order order) {
        long cash = order.totalPaid();
        long platform = capturedPlatformFunding(order, false);
        long points = capturedPlatformFunding(order, true);
        return JournalEntry.builder("capture:" + order.orderId(), EntryKind.CAPTURE, order.orderId(), order.currency())
                .debit(Account.PSP_CLEARING, cash)
                .debit(Account.PLATFORM_SUBSIDY, platform)
                .debit(Account.POINTS_LIABILITY, points)
                .credit(Account.PLATFORM_ESCROW, cash + platform + points)
                .memo("payment captured for order " + order.orderId())
                .build();
    }

    /**
     * What the platform funded of the order at capture: its discount shares ({@code points} false) or the points it
     * funded ({@code points} true). Capture only; what a refund returns comes from its decision.
     */
    private static long capturedPlatformFunding(Order order, boolean points) {
        long funded = 0;
        for (OrderLine line : order.lines()) {
            for (DiscountShare share : line.discountShares()) {
                if (share.fundedBy() == Funder.PLATFORM && (share.kind() == DiscountKind.POINTS) == points) {
                    funded = Math.addExact(funded, share.amount());
                }
            }
        }
        return funded;
    }

    /** The order's escrow is released to the seller. */
    public static JournalEntry settlement(String orderId, String shopId, Currency currency, long amount) {
        return JournalEntry.builder("settlement:" + orderId, EntryKind.SETTLEMENT, orderId, currency)
                .debit(Account.PLATFORM_ESCROW, amount)
                .credit(Account.sellerPayable(shopId), amount)
                .memo("order " + orderId + " settled to shop " + shopId)
                .build();
    }

    /**
     * A refund decided: the seller gives back its share (from escrow, or after settlement from its payable up to
     * {@code sellerAvailable}, the rest as a receivable); the buyer is owed the cash until the PSP pays it out. The
     * platform's parts are signed: a subsidy or points it takes back are credited to it, a part it bears (a released
     * threshold charge) is debited; a seller's share below zero is credited back the same way.
     */
    public static JournalEntry refund(String reference, RefundFunding funding, boolean settled, long sellerAvailable) {
        return funded(JournalEntry.builder("refund:" + reference, EntryKind.REFUND, funding.orderId(), funding.currency()),
                funding, settled, sellerAvailable)
                .credit(Account.buyerFunds(funding.buyerId()), funding.cashAmount())
                .memo((settled ? "refund after settlement" : "refund from escrow") + " for order " + funding.orderId())
                .build();
    }

    /**
     * The seller bears a refund the platform advanced: the seller's and the platform's parts are taken exactly as a
     * refund of {@code funding} would take them, and repay PLATFORM_ADVANCE instead of being owed to the buyer.
     */
    public static JournalEntry advanceSettled(String reference, RefundFunding funding, boolean settled,
            long sellerAvailable) {
        return funded(JournalEntry.builder("advance-settled:" + reference, EntryKind.ADVANCE_RECOVERY,
                        funding.orderId(), funding.currency()), funding, settled, sellerAvailable)
                .credit(Account.PLATFORM_ADVANCE, funding.cashAmount())
                .memo("advance for order " + funding.orderId() + " settled against shop " + funding.shopId()
                        + (settled ? " after settlement" : " from escrow"))
                .build();
    }

    /** The debit side of a refund of {@code funding}: the seller's share and the platform's signed parts. */
    private static JournalEntry.Builder funded(JournalEntry.Builder entry, RefundFunding funding, boolean settled,
            long sellerAvailable) {
        long owed = funding.sellerAmount();
        long fromPayable = settled ? Math.max(0, Math.min(owed, sellerAvailable)) : 0;
        if (settled && owed >= 0) {
            entry.debit(Account.sellerPayable(funding.shopId()), fromPayable)
                    .debit(Account.sellerReceivable(funding.shopId()), owed - fromPayable);
        } else if (settled) {
            entry.credit(Account.sellerPayable(funding.shopId()), -owed);
        } else {
            signed(entry, Account.PLATFORM_ESCROW, owed);
        }
        signed(entry, Account.PLATFORM_SUBSIDY, -funding.platformAmount());
        signed(entry, Account.POINTS_LIABILITY, -funding.pointsAmount());
        return entry;
    }

    /** Debits a positive amount, credits a negative one (a posting's side follows the sign, never refused). */
    private static void signed(JournalEntry.Builder entry, Account account, long amount) {
        if (amount >= 0) {
            entry.debit(account, amount);
        } else {
            entry.credit(account, Math.negateExact(amount));
        }
    }

    /** The PSP paid one refund leg back to the buyer's instrument. */
    public static JournalEntry refundPaid(String externalKey, String orderId, String buyerId, Currency currency, long amount) {
        return JournalEntry.builder(REFUND_PAID + externalKey, EntryKind.REFUND_PAYOUT, orderId, currency)
                .debit(Account.buyerFunds(buyerId), amount)
                .credit(Account.PSP_CLEARING, amount)
                .memo("refund leg " + externalKey + " paid by the PSP")
                .build();
    }

    /** The platform pays the buyer before the seller has agreed (垫付, instant refund). */
    public static JournalEntry advance(String reference, String orderId, String buyerId, Currency currency, long amount) {
        return JournalEntry.builder("advance:" + reference, EntryKind.ADVANCE, orderId, currency)
                .debit(Account.PLATFORM_ADVANCE, amount)
                .credit(Account.buyerFunds(buyerId), amount)
                .memo("platform advance for order " + orderId)
                .build();
    }

    /**
     * An advance is recovered: from the seller's payable (seller confirmed receipt) or, when the buyer was at
     * fault, as a receivable from the buyer; advances are never reversed against the buyer's instrument.
     */
    public static JournalEntry advanceRecovered(String reference, String orderId, Currency currency, Account from, long amount) {
        return JournalEntry.builder("advance-recovered:" + reference, EntryKind.ADVANCE_RECOVERY, orderId, currency)
                .debit(from, amount)
                .credit(Account.PLATFORM_ADVANCE, amount)
                .memo("advance for order " + orderId + " recovered from " + from)
                .build();
    }

    /**
     * An overturned ruling put right without reversing anything: the platform compensates the seller (expense →
     * seller payable) or the buyer (expense → what it owes the buyer), or the buyer owes the refund back to the
     * seller (buyer receivable → seller payable). One entry per correction reference.
     */
    public static JournalEntry rulingCorrection(RulingCorrection correction) {
        long amount = correction.amount();
        JournalEntry.Builder entry = switch (correction.direction()) {
            case COMPENSATE_SELLER -> builder(correction, EntryKind.RULING_COMPENSATION)
                    .debit(Account.PLATFORM_COMPENSATION, amount)
                    .credit(Account.sellerPayable(correction.shopId()), amount);
            case RECOVER_FROM_BUYER -> builder(correction, EntryKind.RULING_RECOVERY)
                    .debit(Account.buyerReceivable(correction.buyerId()), amount)
                    .credit(Account.sellerPayable(correction.shopId()), amount);
            case COMPENSATE_BUYER -> builder(correction, EntryKind.RULING_COMPENSATION)
                    .debit(Account.PLATFORM_COMPENSATION, amount)
                    .credit(Account.buyerCompensation(correction.buyerId()), amount);
        };
        return entry.memo(correction.direction() + " after the ruling on case " + correction.caseId()
                + " was overturned").build();
    }

    private static JournalEntry.Builder builder(RulingCorrection correction, EntryKind kind) {
        return JournalEntry.builder("ruling-correction:" + correction.reference(), kind, correction.orderId(),
                correction.currency());
    }
}
