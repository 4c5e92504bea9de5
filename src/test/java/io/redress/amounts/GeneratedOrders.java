package io.redress.amounts;

import io.redress.Draw;
import io.redress.orders.DiscountKind;
import io.redress.orders.Funder;
import io.redress.orders.Order;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Valid orders for properties: up to 20 lines (some with gifts), up to four discounts of any kind and
 * funder over any subset of lines, some with thresholds, shipping, and up to three payment instruments.
 */
final class GeneratedOrders {

    private static final Instant SHIPPED = Instant.parse("2026-11-21T02:00:00Z");
    private static final Instant SIGNED = Instant.parse("2026-11-22T02:00:00Z");

    record LineSpec(int quantity, long unitPrice, boolean withGift) {
    }

    record DiscountSpec(DiscountKind kind, Funder funder, int percent, int thresholdPercent, long linesMask) {
    }

    private GeneratedOrders() {
    }

    static Order order(Random random) {
        List<LineSpec> lines = Draw.list(random, 1, 20, r -> new LineSpec(Draw.between(r, 1, 5),
                Draw.between(r, 1L, 200_000L), r.nextInt(10) == 0));
        List<DiscountSpec> discounts = Draw.list(random, 0, 4, r -> {
            int threshold = Draw.between(r, 0, 100);
            return new DiscountSpec(Draw.oneOf(r, DiscountKind.class), Draw.oneOf(r, Funder.class),
                    Draw.between(r, 1, 25), threshold < 40 ? 0 : threshold, Draw.between(r, 1L, (1L << 20) - 1));
        });
        long fee = Draw.between(random, 0L, 2000L);
        List<Long> payWeights = Draw.list(random, 1, 3, r -> Draw.between(r, 1L, 100L));
        return build(lines, discounts, fee < 500 ? 0 : fee, payWeights, random.nextBoolean());
    }

    static Order build(List<LineSpec> lines, List<DiscountSpec> discounts, long shipping, List<Long> payWeights, boolean shipped) {
        AnOrder order = AnOrder.order("G").shipping(shipping);
        List<String> ids = new ArrayList<>();
        List<Long> gross = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineSpec spec = lines.get(i);
            String id = "L" + (i + 1);
            order.line(id, spec.quantity(), spec.unitPrice());
            ids.add(id);
            gross.add(spec.unitPrice() * spec.quantity());
            if (spec.withGift()) {
                order.gift("G" + (i + 1), 1, 990, id);
            }
        }
        for (int d = 0; d < discounts.size(); d++) {
            DiscountSpec spec = discounts.get(d);
            List<String> applies = new ArrayList<>();
            long base = 0;
            for (int i = 0; i < ids.size(); i++) {
                if ((spec.linesMask() >> i & 1) == 1) {
                    applies.add(ids.get(i));
                    base += gross.get(i);
                }
            }
            if (applies.isEmpty()) {
                applies.add(ids.get(0));
                base = gross.get(0);
            }
            long amount = base * spec.percent() / 100;
            if (amount == 0) {
                continue;
            }
            Long threshold = spec.thresholdPercent() == 0 ? null : base * spec.thresholdPercent() / 100;
            order.discount("D" + (d + 1), spec.kind(), amount, spec.funder(), threshold, applies.toArray(String[]::new));
        }
        order.paidWith(payWeights.stream().mapToLong(Long::longValue).toArray());
        return order.fulfilled(shipped ? SHIPPED : null, shipped ? SIGNED : null).build();
    }

    /** An equal order built from fresh collections, to show that quotes depend on values only. */
    static Order copy(Order o) {
        return new Order(o.orderId(), o.buyerId(), o.shopId(), o.currency(), o.placedAt(), o.paidAt(),
                new ArrayList<>(o.lines()), new ArrayList<>(o.discounts()), o.shippingFee(), o.freeShipping(),
                o.shippingRefunded(), o.shippingReserved(), new ArrayList<>(o.payments()));
    }
}
