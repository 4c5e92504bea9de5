package io.redress.amounts;

import io.redress.orders.DiscountKind;
import io.redress.orders.Funder;
import io.redress.orders.RefundSplit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * What a refund would pay, line by line with the steps that explain each amount, the shipping
 * refunded, the split over the original payment instruments and over who bears it, the value
 * returned in kind (points, coupons), and whether the request is allowed at all.
 * {@code maxRefundable} = Σ lines + shipping = Σ byPayment = Σ byFunder.
 */
public record RefundQuote(
        Currency currency,
        long maxRefundable,
        List<LineAmount> lines,
        ShippingAmount shipping,
        List<PaymentAmount> byPayment,
        Map<Funder, Long> byFunder,
        List<InKind> returnedInKind,
        boolean eligible,
        List<Ineligibility> ineligibleReasons) {

    public RefundQuote {
        lines = List.copyOf(lines);
        byPayment = List.copyOf(byPayment);
        byFunder = Map.copyOf(byFunder);
        returnedInKind = List.copyOf(returnedInKind);
        ineligibleReasons = List.copyOf(ineligibleReasons);
    }

    /** The quote as it lands on the order's refund totals (for {@code OrderRefunds.reserve}). */
    public RefundSplit split() {
        return split(maxRefundable);
    }

    /**
     * A refund of {@code amount} ≤ maxRefundable (a lower amount the buyer accepted), spread over the lines,
     * shipping, payments and each line's funders by {@link RefundSplit#scaledTo}; units stay as quoted.
     */
    public RefundSplit split(long amount) {
        if (amount < 0 || amount > maxRefundable) {
            throw new IllegalArgumentException("a refund of " + amount + " is outside 0.." + maxRefundable);
        }
        List<RefundSplit.Line> splitLines = new ArrayList<>(lines.size());
        for (LineAmount line : lines) {
            splitLines.add(new RefundSplit.Line(line.lineId(), line.quantity(), line.amount(), line.platformSubsidy(),
                    line.platformPoints()));
        }
        List<RefundSplit.Payment> payments = new ArrayList<>(byPayment.size());
        for (PaymentAmount payment : byPayment) {
            payments.add(new RefundSplit.Payment(payment.paymentId(), payment.amount()));
        }
        return new RefundSplit(splitLines, payments, shipping.refunded()).scaledTo(amount);
    }

    /**
     * The refund of one line; quantity 0 when the line only gets back money held on an earlier refund.
     * {@code platformSubsidy} and {@code platformPoints} are what the platform bears of {@code amount} through the
     * discounts and the points it funded (negative: it takes them back); the seller bears the rest.
     */
    public record LineAmount(String lineId, int quantity, long amount, List<Step> steps, long platformSubsidy,
            long platformPoints) {
        public LineAmount {
            steps = List.copyOf(steps);
        }

        /** A line the platform bears nothing of (an exchange). */
        public LineAmount(String lineId, int quantity, long amount, List<Step> steps) {
            this(lineId, quantity, amount, steps, 0, 0);
        }
    }

    /** Outbound shipping refunded, and who pays the freight of the return leg. */
    public record ShippingAmount(long refunded, ShippingPayer returnShippingPayer, List<Step> steps) {
        public ShippingAmount {
            steps = List.copyOf(steps);
        }
    }

    /** The part of the refund that goes back to one payment instrument. */
    public record PaymentAmount(String paymentId, long amount) {
    }

    /** Value returned in kind rather than in cash: points to the points account, a coupon reinstated. */
    public record InKind(String discountId, DiscountKind kind, long amount) {
    }
}
