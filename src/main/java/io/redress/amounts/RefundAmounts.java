package io.redress.amounts;

import io.redress.amounts.RefundQuote.InKind;
import io.redress.amounts.RefundQuote.LineAmount;
import io.redress.amounts.RefundQuote.PaymentAmount;
import io.redress.amounts.RefundQuote.ShippingAmount;
import io.redress.orders.Discount;
import io.redress.orders.DiscountKind;
import io.redress.orders.Funder;
import io.redress.orders.Order;
import io.redress.orders.OrderLine;
import io.redress.orders.Payment;
import io.redress.shared.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The refund amount engine: a deterministic quote from an order, a request, the rules and the time. */
public final class RefundAmounts {

    private RefundAmounts() {
    }

    /**
     * Quotes a refund. Throws {@link InvalidQuoteRequest} for unknown lines or too many units; a request
     * the rules refuse is still quoted, with {@code eligible = false} and the reasons.
     */
    public static RefundQuote quote(Order order, QuoteRequest request, AmountRules rules, Instant now) {
        Taking taking = Taking.of(order, request);
        List<Ineligibility> refusals = Eligibility.check(taking, request, rules, now);
        List<LineAmount> lines = new ArrayList<>();
        long platform = 0;
        long total = 0;
        if (request.type() == RefundType.EXCHANGE) {
            for (int i = 0; i < taking.lines.size(); i++) {
                if (taking.asked[i] > 0) {
                    lines.add(new LineAmount(taking.lines.get(i).lineId(), taking.asked[i], 0,
                            List.of(Step.of(Rule.EXCHANGE, 0, Phrase.EXCHANGE))));
                }
            }
        } else {
            LineSettlement settlement = new LineSettlement(taking, rules).settle();
            for (int i = 0; i < taking.lines.size(); i++) {
                if (!settlement.steps.get(i).isEmpty()) {
                    lines.add(new LineAmount(taking.lines.get(i).lineId(), taking.asked[i],
                            settlement.amount[i], settlement.steps.get(i), settlement.subsidy[i], settlement.points[i]));
                    total += settlement.amount[i];
                    platform += settlement.subsidy[i] + settlement.points[i];
                }
            }
        }
        ShippingAmount shipping = ShippingRule.quote(taking, request, rules.shipping());
        total += shipping.refunded();
        Map<Funder, Long> byFunder = new EnumMap<>(Funder.class);
        byFunder.put(Funder.SELLER, total - platform);
        byFunder.put(Funder.PLATFORM, platform);
        return new RefundQuote(order.currency(), total, lines, shipping, byPayment(order, total), byFunder,
                request.type() == RefundType.EXCHANGE ? List.of() : inKind(taking),
                refusals.isEmpty(), refusals);
    }

    /** docs/amounts.md: in proportion to what each instrument can still take back; the last refund empties them. */
    private static List<PaymentAmount> byPayment(Order order, long total) {
        List<Payment> payments = order.payments();
        if (payments.isEmpty()) {
            return List.of();
        }
        long[] remaining = new long[payments.size()];
        for (int p = 0; p < remaining.length; p++) {
            remaining[p] = Math.max(0, payments.get(p).remaining());
        }
        long[] parts = Money.allocate(total, remaining);
        List<PaymentAmount> result = new ArrayList<>(parts.length);
        for (int p = 0; p < parts.length; p++) {
            result.add(new PaymentAmount(payments.get(p).paymentId(), parts[p]));
        }
        return result;
    }

    /**
     * Points go back to the points account with the units they paid for (7Day Art. 15); a coupon or red
     * packet is reinstated once every line it covered is refunded (docs/amounts.md).
     */
    private static List<InKind> inKind(Taking taking) {
        List<InKind> result = new ArrayList<>();
        for (Discount discount : taking.order.discounts()) {
            if (discount.kind() == DiscountKind.POINTS) {
                long points = 0;
                for (int i = 0; i < taking.lines.size(); i++) {
                    OrderLine line = taking.lines.get(i);
                    points += Taking.unitsShare(LineSettlement.shareOf(line, discount), line.quantity(),
                            taking.before[i], taking.after(i));
                }
                if (points > 0) {
                    result.add(new InKind(discount.discountId(), discount.kind(), points));
                }
            } else if (discount.kind() != DiscountKind.FULL_REDUCTION && lastCoveredLineGoes(taking, discount)) {
                result.add(new InKind(discount.discountId(), discount.kind(), discount.amount()));
            }
        }
        return result;
    }

    private static boolean lastCoveredLineGoes(Taking taking, Discount discount) {
        boolean allBefore = true;
        boolean allAfter = true;
        for (int i = 0; i < taking.lines.size(); i++) {
            OrderLine line = taking.lines.get(i);
            if (LineSettlement.applies(discount, line)) {
                allBefore &= taking.before[i] == line.quantity();
                allAfter &= taking.after(i) == line.quantity();
            }
        }
        return allAfter && !allBefore;
    }
}
