package io.redress.amounts;

/** Why the buyer asks; the reason decides who bears freight and which rules apply. */
public enum RefundReason {
    NO_REASON, QUALITY, NOT_AS_DESCRIBED, NOT_RECEIVED, DAMAGED_ON_ARRIVAL, WRONG_ITEM, MISSING_PARTS, OTHER;

    /** Reasons that put the fault on the seller, who then bears outbound and return freight (CPL Art. 24). */
    public boolean sellerAtFault() {
        return this != NO_REASON && this != OTHER;
    }
}
