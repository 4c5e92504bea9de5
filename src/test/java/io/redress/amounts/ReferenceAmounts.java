package io.redress.amounts;

import io.redress.amounts.RefundQuote.LineAmount;
import io.redress.orders.Discount;
import io.redress.orders.DiscountShare;
import io.redress.orders.Funder;
import io.redress.orders.Order;
import io.redress.orders.OrderLine;
import java.math.BigInteger;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The rules of docs/amounts.md computed a second way, apart from the engine, for the properties to
 * compare with: plain arithmetic that is slow but plainly right.
 */
final class ReferenceAmounts {

    private ReferenceAmounts() {
    }

    /** PAID_SHARE: units from+1..to of a line carry {@code floor(total·to/qty) − floor(total·from/qty)}. */
    static long unitsCarry(long total, int quantity, int from, int to) {
        return floorShare(total, quantity, to) - floorShare(total, quantity, from);
    }

    private static long floorShare(long total, int quantity, int units) {
        BigInteger[] quotient = BigInteger.valueOf(total).multiply(BigInteger.valueOf(units))
                .divideAndRemainder(BigInteger.valueOf(quantity));
        BigInteger floor = quotient[1].signum() < 0 ? quotient[0].subtract(BigInteger.ONE) : quotient[0];
        return floor.longValueExact();
    }

    /**
     * Who bears each fen of a quote, step by step: the platform takes back its subsidy of the returned
     * units (the platform-funded discount shares), a threshold step goes to the funder of its discount,
     * a lift to zero goes back to the platform up to what its thresholds took from the line; the seller
     * bears the rest of the paid share, gifts kept, caps and shipping.
     */
    static Map<Funder, Long> byFunder(Order order, RefundQuote quote) {
        Map<String, Funder> funderOf = new HashMap<>();
        for (Discount discount : order.discounts()) {
            funderOf.put(discount.discountId(), discount.fundedBy());
        }
        long seller = quote.shipping().refunded();
        long platform = 0;
        for (LineAmount line : quote.lines()) {
            OrderLine ordered = order.line(line.lineId()).orElseThrow();
            int before = ordered.refunds().refundedQuantity() + ordered.refunds().reservedQuantity();
            long subsidy = 0;
            for (DiscountShare share : ordered.discountShares()) {
                if (funderOf.get(share.discountId()) == Funder.PLATFORM) {
                    subsidy += unitsCarry(share.amount(), ordered.quantity(), before, before + line.quantity());
                }
            }
            long takenByPlatform = 0;
            for (Step step : line.steps()) {
                boolean platformDiscount = !step.args().isEmpty() && funderOf.get(step.args().get(0)) == Funder.PLATFORM;
                switch (step.rule()) {
                    case PAID_SHARE -> {
                        seller += step.amount() + subsidy;
                        platform -= subsidy;
                    }
                    case THRESHOLD_LOST, THRESHOLD_RESTORED -> {
                        if (platformDiscount) {
                            platform += step.amount();
                            takenByPlatform -= step.rule() == Rule.THRESHOLD_LOST ? step.amount() : 0;
                        } else {
                            seller += step.amount();
                        }
                    }
                    case NOT_BELOW_ZERO -> {
                        long toPlatform = Math.min(step.amount(), takenByPlatform);
                        platform += toPlatform;
                        seller += step.amount() - toPlatform;
                    }
                    default -> seller += step.amount();
                }
            }
        }
        Map<Funder, Long> result = new EnumMap<>(Funder.class);
        result.put(Funder.SELLER, seller);
        result.put(Funder.PLATFORM, platform);
        return result;
    }
}
