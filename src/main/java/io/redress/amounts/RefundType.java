package io.redress.amounts;

/** What the buyer asks for: money only, money after sending the goods back, or a replacement. */
public enum RefundType {
    REFUND_ONLY, RETURN_AND_REFUND, EXCHANGE;

    /** Whether the goods travel back to the seller. */
    public boolean returnsGoods() {
        return this != REFUND_ONLY;
    }
}
