package io.redress.orders.internal;

import io.redress.orders.DiscountKind;
import io.redress.orders.DiscountShare;
import io.redress.orders.Funder;
import io.redress.shared.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spreads order-level discounts over the lines they apply to (docs/amounts.md). Discounts are applied in
 * {@link DiscountKind} order, then by discountId; each is split over its lines in proportion to what each
 * line still has before that discount, floored to the fen, leftover fen by largest remainder.
 * Lines are taken in lineId order, so ties go to the larger base, then the smaller lineId, and the result
 * does not depend on the order in which the marketplace listed lines or discounts.
 * The result is frozen at intake; nothing recomputes it later.
 */
public final class Apportionment {

    /** A line and its amount before discounts (unitPrice × quantity). */
    public record Line(String lineId, long amount) {
    }

    /** A discount and the lines it applies to. */
    public record Source(String discountId, DiscountKind kind, long amount, Funder fundedBy, Set<String> appliesTo) {
    }

    /** A discount larger than what its lines still have when its turn comes. */
    public static final class DiscountExceedsLines extends RuntimeException {

        private final String discountId;
        private final long available;

        DiscountExceedsLines(String discountId, long available) {
            super("discount " + discountId + " is larger than the " + available + " its lines still have");
            this.discountId = discountId;
            this.available = available;
        }

        public String discountId() {
            return discountId;
        }

        public long available() {
            return available;
        }
    }

    private static final Comparator<Source> APPLYING_ORDER =
            Comparator.comparing(Source::kind).thenComparing(Source::discountId);

    private Apportionment() {
    }

    /**
     * The shares of every line, keyed by lineId, in applying order; a line gets a (possibly zero) share of
     * each discount that applies to it and none of the others.
     */
    public static Map<String, List<DiscountShare>> apportion(List<Line> lines, List<Source> discounts) {
        List<Line> byId = lines.stream().sorted(Comparator.comparing(Line::lineId)).toList();
        Map<String, Long> remaining = new HashMap<>();
        Map<String, List<DiscountShare>> shares = new LinkedHashMap<>();
        for (Line line : byId) {
            remaining.put(line.lineId(), line.amount());
            shares.put(line.lineId(), new ArrayList<>());
        }
        for (Source discount : discounts.stream().sorted(APPLYING_ORDER).toList()) {
            List<Line> eligible = byId.stream().filter(line -> discount.appliesTo().contains(line.lineId())).toList();
            long[] bases = eligible.stream().mapToLong(line -> remaining.get(line.lineId())).toArray();
            long available = 0;
            for (long base : bases) {
                available = Math.addExact(available, base);
            }
            if (discount.amount() > available || eligible.isEmpty()) {
                throw new DiscountExceedsLines(discount.discountId(), available);
            }
            long[] parts = Money.allocate(discount.amount(), bases);
            for (int i = 0; i < parts.length; i++) {
                String lineId = eligible.get(i).lineId();
                remaining.put(lineId, bases[i] - parts[i]);
                shares.get(lineId).add(new DiscountShare(discount.discountId(), discount.kind(), parts[i], discount.fundedBy()));
            }
        }
        return shares;
    }
}
