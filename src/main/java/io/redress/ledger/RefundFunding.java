package io.redress.ledger;

import io.redress.orders.DiscountKind;
import io.redress.orders.DiscountShare;
import io.redress.orders.Funder;
import io.redress.orders.Order;
import io.redress.orders.OrderLine;
import java.util.Currency;
import java.util.List;

/**
 * Who funds a refund (DOMAIN §6.9): {@code cashAmount} goes back to the buyer's instruments,
 * {@code platformAmount} is the platform's subsidy returned to it, {@code pointsAmount} returns to the
 * buyer's points. The seller gives back all three: their sum is what the seller was owed for it.
 */
public record RefundFunding(String orderId, String buyerId, String shopId, Currency currency, long cashAmount,
        long platformAmount, long pointsAmount) {

    public RefundFunding {
        if (cashAmount < 0 || platformAmount < 0 || pointsAmount < 0) {
            throw new IllegalArgumentException("refund parts must not be negative");
        }
        if (cashAmount + platformAmount + pointsAmount == 0) {
            throw new IllegalArgumentException("a refund must return something");
        }
    }

    public long sellerAmount() {
        return Math.addExact(Math.addExact(cashAmount, platformAmount), pointsAmount);
    }

    /** Who funds refunding these lines in full: their paid amounts and their platform-funded shares. */
    public static RefundFunding ofLines(Order order, List<String> lineIds) {
        List<OrderLine> lines = lineIds.stream().map(lineId -> order.line(lineId).orElseThrow(
                () -> new IllegalArgumentException("order " + order.orderId() + " has no line " + lineId))).toList();
        long cash = lines.stream().mapToLong(OrderLine::paidAmount).sum();
        long[] funded = platformFunded(lines);
        return new RefundFunding(order.orderId(), order.buyerId(), order.shopId(), order.currency(), cash, funded[0], funded[1]);
    }

    /** {platform-funded discount shares, platform-funded points} of these lines. */
    static long[] platformFunded(List<OrderLine> lines) {
        long platform = 0;
        long points = 0;
        for (OrderLine line : lines) {
            for (DiscountShare share : line.discountShares()) {
                if (share.fundedBy() == Funder.PLATFORM && share.kind() == DiscountKind.POINTS) {
                    points += share.amount();
                } else if (share.fundedBy() == Funder.PLATFORM) {
                    platform += share.amount();
                }
            }
        }
        return new long[] {platform, points};
    }
}
