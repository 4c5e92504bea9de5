package io.redress.aftersale.internal;

import io.redress.ledger.RefundFunding;
import io.redress.orders.DiscountKind;
import io.redress.orders.DiscountShare;
import io.redress.orders.Funder;
import io.redress.orders.Order;
import io.redress.orders.OrderLine;
import io.redress.orders.RefundSplit;

/**
 * Who funds the refund a case holds (DOMAIN §6.9): the cash it returns to the instruments, and of each line the
 * platform-funded discount shares in the proportion of the line's paid amount the case refunds, so that a full
 * refund of a line returns the whole subsidy and a partial one its share (rounded down).
 */
final class CaseFunding {

    private CaseFunding() {
    }

    static RefundFunding of(Order order, RefundSplit held) {
        long cash = held.payments().stream().mapToLong(RefundSplit.Payment::amount).sum();
        long platform = 0;
        long points = 0;
        for (RefundSplit.Line refunded : held.lines()) {
            OrderLine line = order.line(refunded.lineId()).orElseThrow(() -> new IllegalStateException(
                    "order " + order.orderId() + " has no line " + refunded.lineId()));
            if (line.paidAmount() == 0) {
                continue;
            }
            for (DiscountShare share : line.discountShares()) {
                if (share.fundedBy() != Funder.PLATFORM) {
                    continue;
                }
                long part = Math.multiplyExact(share.amount(), Math.min(refunded.amount(), line.paidAmount()))
                        / line.paidAmount();
                if (share.kind() == DiscountKind.POINTS) {
                    points += part;
                } else {
                    platform += part;
                }
            }
        }
        return new RefundFunding(order.orderId(), order.buyerId(), order.shopId(), order.currency(), cash, platform,
                points);
    }
}
