package io.redress.amounts;

/** What happens when a partial refund leaves the kept items below a discount's threshold. */
public enum ThresholdPolicy {
    /** The kept items are settled at the price without that discount (多退少补, 7Day Art. 17). */
    CLAW_BACK,
    /** The buyer keeps the discount on the kept items. */
    IGNORE
}
