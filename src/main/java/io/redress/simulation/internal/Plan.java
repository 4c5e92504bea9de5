package io.redress.simulation.internal;

import io.redress.aftersale.CaseReason;
import io.redress.aftersale.CaseType;
import io.redress.aftersale.GoodsStage;
import io.redress.orders.internal.OrderSubmission;
import io.redress.simulation.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The synthetic marketplace drawn from a scenario before anything is played: buyers and shops with their kinds, and
 * per order its lines, discount, payments, shipping and signing times and the buyer's after-sale intent. It depends on
 * the scenario alone, never on a policy, so both sides of a comparison play the very same orders.
 */
record Plan(Scenario scenario, List<String> buyerKinds, List<String> sellerKinds, List<PlannedOrder> orders) {

    static Plan of(Scenario s) {
        SplittableRandom population = new SplittableRandom(s.seed());
        int buyerCount = Math.max(1, s.orders() / 3);
        int shopCount = Math.max(1, s.orders() / 40);
        List<String> buyerKinds = new ArrayList<>();
        for (int i = 0; i < buyerCount; i++) {
            buyerKinds.add(s.buyers().get(pick(population, s.buyers().stream().map(Scenario.BuyerKind::share).toList())).kind());
        }
        List<String> sellerKinds = new ArrayList<>();
        for (int i = 0; i < shopCount; i++) {
            sellerKinds.add(s.sellers().get(pick(population, s.sellers().stream().map(Scenario.SellerKind::share).toList())).kind());
        }
        Instant start = s.start().toInstant();
        // orders arrive over the first two thirds of the horizon, so that most cases can run their course
        long window = Duration.ofDays(s.horizonDays()).toMinutes() * 2 / 3;
        List<PlannedOrder> orders = new ArrayList<>();
        for (int i = 0; i < s.orders(); i++) {
            SplittableRandom r = new SplittableRandom(mix(s.seed(), i, 0));
            int buyer = r.nextInt(buyerCount);
            int shop = r.nextInt(shopCount);
            Scenario.BuyerKind buyerKind = kindOf(s.buyers(), buyerKinds.get(buyer));
            Scenario.SellerKind sellerKind = sellerOf(s.sellers(), sellerKinds.get(shop));
            Instant placed = start.plus(Duration.ofMinutes(r.nextLong(Math.max(1, window))));
            Instant ship = placed.plus(upTo(r, sellerKind.shipWithin()));
            Instant sign = ship.plus(Duration.ofHours(1)).plus(upTo(r, s.orderMix().transitWithin()));
            String orderId = String.format("sim-%06d", i);
            OrderSubmission submission = submission(s.orderMix(), r, orderId, "buyer-" + buyer, "shop-" + shop, placed);
            Intent intent = r.nextDouble() < buyerKind.refundRate() ? intent(r, buyerKind, placed, ship, sign) : null;
            orders.add(new PlannedOrder(i, orderId, "buyer-" + buyer, buyer, "shop-" + shop, shop, submission, placed,
                    ship, sign, intent));
        }
        return new Plan(s, buyerKinds, sellerKinds, orders);
    }

    Scenario.BuyerKind buyerOf(PlannedOrder order) {
        return kindOf(scenario.buyers(), buyerKinds.get(order.buyer()));
    }

    Scenario.SellerKind sellerOf(PlannedOrder order) {
        return sellerOf(scenario.sellers(), sellerKinds.get(order.seller()));
    }

    private static Intent intent(SplittableRandom r, Scenario.BuyerKind kind, Instant placed, Instant ship, Instant sign) {
        GoodsStage stage = GoodsStage.valueOf(draw(r, kind.stages()));
        CaseReason reason = CaseReason.valueOf(draw(r, kind.reasons()));
        boolean founded = r.nextDouble() < kind.evidenceQuality();
        switch (stage) {
            case UNSHIPPED:
                return new Intent(stage, CaseType.REFUND_ONLY, reason, placed.plus(between(r, placed, ship)), founded);
            case IN_TRANSIT:
                return new Intent(stage, CaseType.REFUND_ONLY, CaseReason.NOT_RECEIVED,
                        ship.plus(between(r, ship, sign)), founded);
            default:
                CaseReason returned = reason == CaseReason.NOT_RECEIVED ? CaseReason.QUALITY : reason;
                // within six days of signing, inside the statutory seven-day no-reason window
                return new Intent(stage, CaseType.RETURN_AND_REFUND, returned,
                        sign.plus(Duration.ofMinutes(1 + r.nextLong(Duration.ofDays(6).toMinutes()))), founded);
        }
    }

    private static OrderSubmission submission(Scenario.OrderMix mix, SplittableRandom r, String orderId, String buyerId,
            String shopId, Instant placed) {
        int lineCount = 1 + r.nextInt(2);
        List<OrderSubmission.LineSubmission> lines = new ArrayList<>();
        long total = 0;
        for (int l = 0; l < lineCount; l++) {
            String category = draw(r, mix.categories());
            int quantity = 1 + r.nextInt(mix.maxQuantity());
            long unit = (mix.minPrice() + r.nextLong(mix.maxPrice() - mix.minPrice() + 1)) / 100 * 100;
            unit = Math.max(unit, mix.minPrice());
            total += unit * quantity;
            lines.add(new OrderSubmission.LineSubmission(orderId + "-l" + l, "sku-" + category + "-" + r.nextInt(500),
                    category + " item", category, quantity, unit, false, null, null, false, null, null));
        }
        List<OrderSubmission.DiscountSubmission> discounts = new ArrayList<>();
        if (r.nextDouble() < mix.discountRate() && total >= 2000) {
            boolean platform = r.nextBoolean();
            long amount = Math.max(100, total / 10 / 100 * 100);
            discounts.add(new OrderSubmission.DiscountSubmission(orderId + "-d", platform ? "PLATFORM_COUPON" : "SHOP_COUPON",
                    amount, platform ? "PLATFORM" : "SELLER", null, null));
            total -= amount;
        }
        List<OrderSubmission.PaymentSubmission> payments = new ArrayList<>();
        String first = draw(r, mix.instruments());
        if (r.nextDouble() < mix.splitPayment() && total >= 200) {
            String second = draw(r, mix.instruments());
            second = second.equals(first) ? "ALIPAY_BALANCE".equals(first) ? "BANK_CARD" : "ALIPAY_BALANCE" : second;
            long part = total / 3;
            payments.add(new OrderSubmission.PaymentSubmission(orderId + "-p0", first, total - part, "psp-" + orderId + "-0"));
            payments.add(new OrderSubmission.PaymentSubmission(orderId + "-p1", second, part, "psp-" + orderId + "-1"));
        } else {
            payments.add(new OrderSubmission.PaymentSubmission(orderId + "-p0", first, total, "psp-" + orderId + "-0"));
        }
        return new OrderSubmission(orderId, buyerId, shopId, "CNY", placed.atOffset(ZoneOffset.UTC),
                placed.atOffset(ZoneOffset.UTC), lines, discounts, 0L, true, payments);
    }

    /** A duration drawn uniformly from zero (included) up to {@code max} (excluded). */
    static Duration upTo(SplittableRandom r, Duration max) {
        long seconds = max.toSeconds();
        return seconds <= 0 ? Duration.ZERO : Duration.ofSeconds(r.nextLong(seconds));
    }

    private static Duration between(SplittableRandom r, Instant from, Instant to) {
        return upTo(r, Duration.between(from, to));
    }

    /** A name drawn by weight; names are taken in sorted order so that a map's iteration order does not matter. */
    static String draw(SplittableRandom r, Map<String, Double> weights) {
        TreeMap<String, Double> sorted = new TreeMap<>(weights);
        double total = sorted.values().stream().mapToDouble(Double::doubleValue).sum();
        double x = r.nextDouble() * total;
        String last = null;
        for (Map.Entry<String, Double> e : sorted.entrySet()) {
            last = e.getKey();
            x -= e.getValue();
            if (x < 0) {
                return last;
            }
        }
        return last;
    }

    private static int pick(SplittableRandom r, List<Double> shares) {
        double total = shares.stream().mapToDouble(Double::doubleValue).sum();
        double x = r.nextDouble() * total;
        for (int i = 0; i < shares.size(); i++) {
            x -= shares.get(i);
            if (x < 0) {
                return i;
            }
        }
        return shares.size() - 1;
    }

    /** A seed of its own for each (order, purpose), independent of the order anything else is drawn in. */
    static long mix(long seed, long a, long b) {
        long z = seed ^ (a * 0x9E3779B97F4A7C15L) ^ (b * 0xC2B2AE3D27D4EB4FL);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static Scenario.BuyerKind kindOf(List<Scenario.BuyerKind> kinds, String kind) {
        return kinds.stream().filter(k -> k.kind().equals(kind)).findFirst().orElseThrow();
    }

    private static Scenario.SellerKind sellerOf(List<Scenario.SellerKind> kinds, String kind) {
        return kinds.stream().filter(k -> k.kind().equals(kind)).findFirst().orElseThrow();
    }
}
