package io.redress.aftersale;

/** Where a case stands (docs/lifecycle.md); REFUNDED, COMPLETED and CLOSED are terminal. */
public enum CaseStatus {
    REQUESTED, SELLER_REFUSED, AWAITING_RETURN, RETURN_SHIPPED, REFUNDING, REFUNDED, CLOSED,
    AWAITING_REPLACEMENT, REPLACEMENT_SHIPPED, COMPLETED;

    /** No further status change is possible (an appeal only moves the intervention sub-state). */
    public boolean terminal() {
        return this == REFUNDED || this == CLOSED || this == COMPLETED;
    }
}
