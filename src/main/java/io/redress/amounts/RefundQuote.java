package io.redress.amounts;

import io.redress.orders.DiscountKind;
import io.redress.orders.Funder;
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
