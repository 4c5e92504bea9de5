package io.redress.policy;

/** What a partial return that breaks a discount threshold does to the refund (多退少补, DOMAIN §6.5). */
public enum ThresholdPolicy {
    /** The kept items are re-priced without the lost discount and the difference is kept back from the refund. */
    CLAW_BACK,
    /** The refund is the paid share; the lost discount is not charged. */
    IGNORE
}
