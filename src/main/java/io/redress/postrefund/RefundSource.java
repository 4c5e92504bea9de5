package io.redress.postrefund;

/**
 * How a case's refund came about, read from its refund decision: whether the seller itself agreed (then it cannot
 * dispute the refund, §8.3 no. 3), the platform decided it (a ruling, an advance), or a timer did.
 */
public enum RefundSource {
    /** The seller agreed, accepted its own proposal's terms, confirmed receipt, or accepted a settlement. */
    SELLER_AGREED,
    /** T_SELLER_* ran out: the silent seller was taken to have agreed. */
    TIMEOUT_AGREEMENT,
    /** T_RECEIPT ran out: receipt of the return was taken as confirmed. */
    TIMEOUT_RECEIPT,
    /** An agent's ruling. */
    RULING,
    /** The platform paid the buyer before the seller agreed (垫付, instant refund). */
    PLATFORM_ADVANCE,
    /** Nothing was refunded (a case closed by a ruling for the seller). */
    NONE;

    /** The source of a refund decided by {@code action} (a case action's name); {@code settled}: a mediated ruling. */
    public static RefundSource of(String action, boolean settled) {
        if (action == null) {
            return NONE;
        }
        switch (action) {
            case "AGREE", "ACCEPT_PROPOSAL", "CONFIRM_RECEIPT":
                return SELLER_AGREED;
            case "AUTO_AGREE":
                return TIMEOUT_AGREEMENT;
            case "AUTO_REFUND":
                return TIMEOUT_RECEIPT;
            case "RULING_REFUND", "RULING_PARTIAL_REFUND":
                return settled ? SELLER_AGREED : RULING;
            case "ADVANCE", "INSTANT_REFUND":
                return PLATFORM_ADVANCE;
            default:
                throw new IllegalArgumentException("no refund source for the action " + action);
        }
    }

    /** The platform's own decision moved the money: only then may it compensate the seller from its own pocket. */
    public boolean platformDecided() {
        return this == RULING || this == PLATFORM_ADVANCE;
    }
}
