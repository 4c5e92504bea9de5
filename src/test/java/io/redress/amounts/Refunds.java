package io.redress.amounts;

import io.redress.amounts.RefundQuote.LineAmount;
import io.redress.orders.LineRefunds;
import io.redress.orders.Order;
import io.redress.orders.OrderLine;
import io.redress.orders.Payment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Books a quote into an order's refund totals, as a case would on reaching REFUNDING (reserved) or REFUNDED. */
final class Refunds {

    private Refunds() {
    }

    static Order book(Order order, RefundQuote quote, boolean inFlight) {
        Map<String, LineAmount> byLine = new HashMap<>();
        quote.lines().forEach(line -> byLine.put(line.lineId(), line));
        List<OrderLine> lines = new ArrayList<>();
        for (OrderLine l : order.lines()) {
            LineAmount taken = byLine.get(l.lineId());
            LineRefunds r = l.refunds();
            if (taken != null) {
                r = inFlight
                        ? new LineRefunds(r.refundedQuantity(), r.refundedAmount(), r.reservedQuantity() + taken.quantity(),
                                r.reservedAmount() + taken.amount())
                        : new LineRefunds(r.refundedQuantity() + taken.quantity(), r.refundedAmount() + taken.amount(),
                                r.reservedQuantity(), r.reservedAmount());
            }
            lines.add(new OrderLine(l.lineId(), l.lineNo(), l.sku(), l.title(), l.category(), l.quantity(), l.unitPrice(),
                    l.virtual(), l.noReasonReturn(), l.gift(), l.giftValue(), l.giftFor(), l.paidAmount(),
                    l.discountShares(), l.shippedAt(), l.signedAt(), r));
        }
        List<Payment> payments = new ArrayList<>();
        for (int p = 0; p < order.payments().size(); p++) {
            Payment pay = order.payments().get(p);
            long part = quote.byPayment().get(p).amount();
            payments.add(new Payment(pay.paymentId(), pay.method(), pay.amount(), pay.pspReference(),
                    pay.refundedAmount() + (inFlight ? 0 : part), pay.reservedAmount() + (inFlight ? part : 0)));
        }
        long shipping = quote.shipping().refunded();
        return new Order(order.orderId(), order.buyerId(), order.shopId(), order.currency(), order.placedAt(),
                order.paidAt(), lines, order.discounts(), order.shippingFee(), order.freeShipping(),
                order.shippingRefunded() + (inFlight ? 0 : shipping), order.shippingReserved() + (inFlight ? shipping : 0),
                payments);
    }
}
