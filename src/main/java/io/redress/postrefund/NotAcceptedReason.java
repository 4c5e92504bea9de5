package io.redress.postrefund;

/**
 * Why a request after a refund is not accepted: the six grounds of DOMAIN §8.3 (TB Art. 6; JD-Gen Art. 5), and the
 * few of our own defaults ({@code section} null). The console words each in zh-CN and en
 * ({@code postrefund.notAccepted.<name>}).
 */
public enum NotAcceptedReason {
    /** §8.3 no. 1: filed after the deadline (the seller's 7 days from the refund). */
    LATE("8.3.1"),
    /** §8.3 no. 2: the goods in the order differ from what was actually traded. */
    GOODS_DIFFER("8.3.2"),
    /** §8.3 no. 3: the refund was agreed and completed, and one side regrets it. */
    REGRET_AFTER_AGREED_REFUND("8.3.3"),
    /** §8.3 no. 4: a fake trade, or a credit-card / Huabei cash-out. */
    FAKE_TRADE("8.3.4"),
    /** §8.3 no. 5: after a refund, the seller wants the goods back. */
    SELLER_WANTS_GOODS_BACK("8.3.5"),
    /** §8.3 no. 6: a claim for losses or damages beyond the platform's rules (a court matter). */
    BEYOND_PLATFORM_RULES("8.3.6"),
    /** Nothing was refunded on the case, so there is nothing to reinstate or appeal. */
    NOTHING_REFUNDED(null),
    /** A request of this kind on this case is open or was already answered. */
    ALREADY_REQUESTED(null),
    /** The ruling's own appeal (§7.5) was taken: a ruling is appealed once. */
    ALREADY_APPEALED(null),
    /** The evidence does not support the grounds (a senior agent's rejection). */
    NOT_SUPPORTED_BY_EVIDENCE(null);

    private final String section;

    NotAcceptedReason(String section) {
        this.section = section;
    }

    /** The DOMAIN section, e.g. {@code 8.3.3}, or null for our own defaults. */
    public String section() {
        return section;
    }
}
