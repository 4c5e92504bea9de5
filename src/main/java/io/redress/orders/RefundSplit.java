package io.redress.orders;

import java.util.List;

/**
 * One refund of an order, as it lands on the order's lines, payment instruments and shipping fee.
 * Amounts are minor units of the order's currency; none may be negative.
 */
public record RefundSplit(List<Line> lines, List<Payment> payments, long shippingAmount) {

    public RefundSplit {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
        if (shippingAmount < 0) {
            throw new IllegalArgumentException("shippingAmount must not be negative");
        }
    }

    /** Units and money of one line. */
    public record Line(String lineId, int quantity, long amount) {

        public Line {
            if (quantity < 0 || amount < 0) {
                throw new IllegalArgumentException("quantity and amount must not be negative");
            }
        }
    }

    /** Money back to one payment instrument. */
    public record Payment(String paymentId, long amount) {

        public Payment {
            if (amount < 0) {
                throw new IllegalArgumentException("amount must not be negative");
            }
        }
    }
}
