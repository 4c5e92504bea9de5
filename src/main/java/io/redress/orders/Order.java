package io.redress.orders;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * An order as the marketplace reported it, with discount shares frozen at intake and the refund
 * totals that after-sale cases have taken or reserved so far. Amounts are minor units of {@code currency}.
 */
public record Order(
        String orderId,
        String buyerId,
        String shopId,
        Currency currency,
        Instant placedAt,
        Instant paidAt,
        List<OrderLine> lines,
        List<Discount> discounts,
        long shippingFee,
        boolean freeShipping,
        long shippingRefunded,
        long shippingReserved,
        List<Payment> payments) {

    public Order {
        lines = List.copyOf(lines);
        discounts = List.copyOf(discounts);
        payments = List.copyOf(payments);
    }

    public Optional<OrderLine> line(String lineId) {
        return lines.stream().filter(line -> line.lineId().equals(lineId)).findFirst();
    }

    public Optional<Discount> discount(String discountId) {
        return discounts.stream().filter(discount -> discount.discountId().equals(discountId)).findFirst();
    }

    /** Σ lines − Σ discounts + shipping: what the buyer paid, equal to Σ payments. */
    public long totalPaid() {
        return payments.stream().mapToLong(Payment::amount).sum();
    }
}
