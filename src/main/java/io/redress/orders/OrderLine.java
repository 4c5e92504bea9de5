package io.redress.orders;

import java.time.Instant;
import java.util.List;

/**
 * One line of an order. {@code paidAmount} is the line amount less its frozen discount shares;
 * {@code giftFor} names the main line of a gift line. Fulfilment times are null until reported.
 * {@code noReasonReturnConfirmedAt} is when the buyer confirmed an EXCLUDED_CONFIRMED_BY_BUYER line at purchase.
 */
public record OrderLine(
        String lineId,
        int lineNo,
        String sku,
        String title,
        String category,
        int quantity,
        long unitPrice,
        boolean virtual,
        NoReasonReturn noReasonReturn,
        boolean gift,
        long giftValue,
        String giftFor,
        long paidAmount,
        List<DiscountShare> discountShares,
        Instant shippedAt,
        Instant signedAt,
        LineRefunds refunds,
        Instant noReasonReturnConfirmedAt) {

    public OrderLine {
        discountShares = List.copyOf(discountShares);
    }

    /** A line without a buyer's confirmation of a no-return exception (the usual case). */
    public OrderLine(String lineId, int lineNo, String sku, String title, String category, int quantity, long unitPrice,
            boolean virtual, NoReasonReturn noReasonReturn, boolean gift, long giftValue, String giftFor, long paidAmount,
            List<DiscountShare> discountShares, Instant shippedAt, Instant signedAt, LineRefunds refunds) {
        this(lineId, lineNo, sku, title, category, quantity, unitPrice, virtual, noReasonReturn, gift, giftValue, giftFor,
                paidAmount, discountShares, shippedAt, signedAt, refunds, null);
    }

    /** unitPrice × quantity, before discounts. */
    public long amount() {
        return Math.multiplyExact(unitPrice, (long) quantity);
    }

    public long discountTotal() {
        return discountShares.stream().mapToLong(DiscountShare::amount).sum();
    }

    public boolean shipped() {
        return shippedAt != null;
    }

    public boolean signed() {
        return signedAt != null;
    }
}
