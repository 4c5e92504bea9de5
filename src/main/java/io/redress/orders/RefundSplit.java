package io.redress.orders;

import io.redress.shared.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * One refund of an order, as it lands on the order's lines, payment instruments and shipping fee, with what the
 * platform bears of each line. Amounts are minor units of the order's currency; none may be negative, except the
 * platform's parts of a line (negative: the platform takes its subsidy or points back).
 */
public record RefundSplit(List<Line> lines, List<Payment> payments, long shippingAmount) {

    public RefundSplit {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
        if (shippingAmount < 0) {
            throw new IllegalArgumentException("shippingAmount must not be negative");
        }
    }

    /** The money of the refund: its lines and shipping (equal to the sum over payments). */
    public long total() {
        long total = shippingAmount;
        for (Line line : lines) {
            total = Math.addExact(total, line.amount());
        }
        return total;
    }

    /**
     * The one place a refund is scaled down to a lower {@code amount} (a buyer asking less than the quote, a seller
     * agreeing to less): lines and shipping, and separately the payments, each in proportion to their own parts
     * ({@link Money#allocate}), and each line's platform parts with their line, rounded toward zero, so the seller
     * bears the rest of the line. Units stay as they are: the goods are still the subject of the refund.
     */
    public RefundSplit scaledTo(long amount) {
        long total = total();
        if (amount < 0 || amount > total) {
            throw new IllegalArgumentException("a refund of " + amount + " is outside 0.." + total);
        }
        if (amount == total) {
            return this;
        }
        long[] parts = new long[lines.size() + 1];
        for (int i = 0; i < lines.size(); i++) {
            parts[i] = lines.get(i).amount();
        }
        parts[lines.size()] = shippingAmount;
        long[] scaled = Money.allocate(amount, parts);
        List<Line> scaledLines = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            scaledLines.add(lines.get(i).scaledTo(scaled[i]));
        }
        long[] paid = payments.stream().mapToLong(Payment::amount).toArray();
        long[] paidScaled = paid.length == 0 ? paid : Money.allocate(amount, paid);
        List<Payment> scaledPayments = new ArrayList<>(paid.length);
        for (int p = 0; p < paid.length; p++) {
            scaledPayments.add(new Payment(payments.get(p).paymentId(), paidScaled[p]));
        }
        return new RefundSplit(scaledLines, scaledPayments, scaled[lines.size()]);
    }

    /** What is left of this refund once {@code kept} (this refund scaled down) is taken out; units are not released. */
    public RefundSplit less(RefundSplit kept) {
        List<Line> left = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Line keep = kept.lines().get(i);
            left.add(new Line(line.lineId(), 0, line.amount() - keep.amount(),
                    line.platformSubsidy() - keep.platformSubsidy(), line.platformPoints() - keep.platformPoints()));
        }
        List<Payment> leftPayments = new ArrayList<>(payments.size());
        for (int p = 0; p < payments.size(); p++) {
            leftPayments.add(new Payment(payments.get(p).paymentId(),
                    payments.get(p).amount() - kept.payments().get(p).amount()));
        }
        return new RefundSplit(left, leftPayments, shippingAmount - kept.shippingAmount());
    }

    /**
     * Units and money of one line, and what the platform bears of that money: {@code platformSubsidy} through the
     * discounts it funded, {@code platformPoints} through the points it funded (negative: it takes them back). The
     * seller bears the rest.
     */
    public record Line(String lineId, int quantity, long amount, long platformSubsidy, long platformPoints) {

        public Line {
            if (quantity < 0 || amount < 0) {
                throw new IllegalArgumentException("quantity and amount must not be negative");
            }
        }

        /** A line whose platform parts are not tracked (the order's totals need only units and money). */
        public Line(String lineId, int quantity, long amount) {
            this(lineId, quantity, amount, 0, 0);
        }

        /** What the seller bears of the line's money. */
        public long seller() {
            return amount - platformSubsidy - platformPoints;
        }

        /** The line at {@code scaled} ≤ its amount; its platform parts in the same proportion, toward zero. */
        Line scaledTo(long scaled) {
            if (amount == 0 || scaled == amount) {
                return this;
            }
            return new Line(lineId, quantity, scaled, proportion(platformSubsidy, scaled, amount),
                    proportion(platformPoints, scaled, amount));
        }

        private static long proportion(long part, long scaled, long whole) {
            return Math.multiplyExact(part, scaled) / whole;
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
