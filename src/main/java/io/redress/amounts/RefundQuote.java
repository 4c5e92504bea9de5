package io.redress.amounts;

import io.redress.orders.DiscountKind;
import io.redress.orders.Funder;
import io.redress.orders.RefundSplit;
import io.redress.shared.Money;
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
     * shipping and payments in proportion to the quote's own parts; units stay as quoted.
     */
    public RefundSplit split(long amount) {
        if (amount < 0 || amount > maxRefundable) {
            throw new IllegalArgumentException("a refund of " + amount + " is outside 0.." + maxRefundable);
        }
        long[] parts = new long[lines.size() + 1];
        for (int i = 0; i < lines.size(); i++) {
            parts[i] = lines.get(i).amount();
        }
        parts[lines.size()] = shipping.refunded();
        long[] scaled = amount == maxRefundable ? parts : Money.allocate(amount, parts);
        List<RefundSplit.Line> splitLines = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            splitLines.add(new RefundSplit.Line(lines.get(i).lineId(), lines.get(i).quantity(), scaled[i]));
        }
        long[] paid = new long[byPayment.size()];
        for (int p = 0; p < paid.length; p++) {
            paid[p] = byPayment.get(p).amount();
        }
        long[] paidScaled = amount == maxRefundable || paid.length == 0 ? paid : Money.allocate(amount, paid);
        List<RefundSplit.Payment> payments = new ArrayList<>(paid.length);
        for (int p = 0; p < paid.length; p++) {
            payments.add(new RefundSplit.Payment(byPayment.get(p).paymentId(), paidScaled[p]));
        }
        return new RefundSplit(splitLines, payments, scaled[lines.size()]);
    }

    /** The refund of one line; quantity 0 when the line only gets back money held on an earlier refund. */
    public record LineAmount(String lineId, int quantity, long amount, List<Step> steps) {
        public LineAmount {
            steps = List.copyOf(steps);
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
