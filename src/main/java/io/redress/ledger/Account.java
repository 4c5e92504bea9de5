package io.redress.ledger;

import java.util.regex.Pattern;

/**
 * A ledger account, named {@code KIND} or {@code KIND:owner} (e.g. SELLER_PAYABLE:shop-1). Debit-normal
 * accounts (clearing, subsidy, receivables, advances) hold what the platform has or is owed; credit-normal
 * ones (escrow, payables, buyer funds, points) what it owes.
 */
public record Account(String id) {

    private static final Pattern FORM = Pattern.compile("[A-Z_]+(:[A-Za-z0-9._\\-]{1,100})?");

    public static final Account PSP_CLEARING = new Account("PSP_CLEARING");
    public static final Account PLATFORM_ESCROW = new Account("PLATFORM_ESCROW");
    public static final Account PLATFORM_SUBSIDY = new Account("PLATFORM_SUBSIDY");
    public static final Account PLATFORM_ADVANCE = new Account("PLATFORM_ADVANCE");
    public static final Account POINTS_LIABILITY = new Account("POINTS_LIABILITY");
    /** What the platform paid out of its own pocket because one of its rulings was overturned (an expense). */
    public static final Account PLATFORM_COMPENSATION = new Account("PLATFORM_COMPENSATION");

    public Account {
        if (id == null || !FORM.matcher(id).matches()) {
            throw new IllegalArgumentException("not an account: " + id);
        }
    }

    /** Refunds owed to the buyer and not yet paid out by the PSP. */
    public static Account buyerFunds(String buyerId) {
        return new Account("BUYER_FUNDS:" + buyerId);
    }

    public static Account buyerReceivable(String buyerId) {
        return new Account("BUYER_RECEIVABLE:" + buyerId);
    }

    /** What the platform owes a buyer after a ruling against them was overturned. */
    public static Account buyerCompensation(String buyerId) {
        return new Account("BUYER_COMPENSATION:" + buyerId);
    }

    public static Account sellerPayable(String shopId) {
        return new Account("SELLER_PAYABLE:" + shopId);
    }

    public static Account sellerReceivable(String shopId) {
        return new Account("SELLER_RECEIVABLE:" + shopId);
    }

    public static boolean isValid(String id) {
        return id != null && FORM.matcher(id).matches();
    }

    @Override
    public String toString() {
        return id;
    }
}
