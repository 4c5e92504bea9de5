package io.redress.orders;

import java.time.Instant;
import java.util.List;

/**
 * One line of an order. {@code paidAmount} is the line amount less its frozen discount shares;
 * {@code giftFor} names the main line of a gift line. Fulfilment times are null until reported.
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
        LineRefunds refunds) {

    public OrderLine {
        discountShares = List.copyOf(discountShares);
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
