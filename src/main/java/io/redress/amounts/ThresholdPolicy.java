package io.redress.amounts;

/** What a partial return that breaks a discount threshold does to the refund (多退少补, docs/amounts.md). */
public enum ThresholdPolicy {
    /** The kept items are settled at the price without that discount (7Day Art. 17); the difference is kept back. */
    CLAW_BACK,
    /** The buyer keeps the discount on the kept items; the refund is the paid share. */
    IGNORE
}
