package io.redress.amounts;

import io.redress.amounts.RefundQuote.ShippingAmount;
import io.redress.orders.Order;
import io.redress.orders.OrderLine;
import java.util.List;

/** docs/amounts.md: outbound shipping goes back with the last refunded item, and only when the policy says the buyer does not bear it. */
final class ShippingRule {

    private ShippingRule() {
    }

    static ShippingAmount quote(Taking taking, QuoteRequest request, ShippingRules rules) {
        ShippingPayer payer = returnLegPayer(request, rules);
        Order order = taking.order;
        long left = order.shippingFee() - order.shippingRefunded() - order.shippingReserved();
        if (left <= 0 || request.type() == RefundType.EXCHANGE) {
            return new ShippingAmount(0, payer, List.of());
        }
        if (!taking.takesEverything()) {
            return new ShippingAmount(0, payer, List.of(Step.of(Rule.SHIPPING, 0, Phrase.SHIPPING_WITH_LAST_ITEM)));
        }
        if (rules.refundWhenNothingShipped() && nothingShipped(order)) {
            return new ShippingAmount(left, payer, List.of(Step.of(Rule.SHIPPING, left, Phrase.SHIPPING_UNSHIPPED)));
        }
        if (rules.refundWhenSellerAtFault() && request.reason().sellerAtFault()) {
            return new ShippingAmount(left, payer, List.of(Step.of(Rule.SHIPPING, left, Phrase.SHIPPING_SELLER_FAULT)));
        }
        return new ShippingAmount(0, payer, List.of(Step.of(Rule.SHIPPING, 0, Phrase.SHIPPING_BUYER_BEARS)));
    }

    /** By default a seller at fault pays both legs (CPL Art. 24) and the buyer the return of a no-reason one. */
    static ShippingPayer returnLegPayer(QuoteRequest request, ShippingRules rules) {
        if (!request.type().returnsGoods()) {
            return ShippingPayer.NONE;
        }
        return request.reason().sellerAtFault() ? rules.returnLegSellerAtFault() : rules.returnLegOtherwise();
    }

    private static boolean nothingShipped(Order order) {
        for (OrderLine line : order.lines()) {
            if (line.shipped()) {
                return false;
            }
        }
        return true;
    }
}
