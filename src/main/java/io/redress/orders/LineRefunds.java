package io.redress.orders;

/** What refunds of one line have paid out, and what open cases hold in flight, in units and money. */
public record LineRefunds(int refundedQuantity, long refundedAmount, int reservedQuantity, long reservedAmount) {

    public static final LineRefunds NONE = new LineRefunds(0, 0, 0, 0);
}
