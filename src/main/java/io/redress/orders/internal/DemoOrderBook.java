package io.redress.orders.internal;

import io.redress.orders.internal.OrderSubmission.DiscountSubmission;
import io.redress.orders.internal.OrderSubmission.LineSubmission;
import io.redress.orders.internal.OrderSubmission.PaymentSubmission;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo orders: every situation the after-sale flows need to show (unshipped, in transit, signed today,
 * signed outside the seven-day window, discounts with thresholds, split payments, gifts, statutory exceptions).
 * Times are offsets back from {@code now}.
 */
final class DemoOrderBook {

    /** An order and how far back it was shipped and signed (null: not yet); shippedLines null = every line. */
    record DemoOrder(OrderSubmission submission, Duration shippedAgo, Duration signedAgo, List<String> shippedLines) {
    }

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Instant now;
    private final List<DemoOrder> orders = new ArrayList<>();

    DemoOrderBook(Instant now) {
        this.now = now;
        // The T-shirt example order: 2 × T-shirt, shop coupon 1000 from 15000, shipping 800, paid 19600.
        add(order("DEMO-1001", "buyer-1", "shop-1", days(5), 800,
                List.of(line("L1", "TEE-RED-M", "纯棉短袖T恤 红色 M / Cotton T-shirt, red, M", "apparel", 2, 9900)),
                List.of(discount("D1", "SHOP_COUPON", 1000, "SELLER", List.of("L1"), 15000L)),
                pay("P1", "ALIPAY_BALANCE", 19600)), days(4), days(2), null);
        // docs/amounts.md: three lines, 满200减20, platform coupon, points; Huabei 15000 + balance 6530.
        add(order("DEMO-1002", "buyer-1", "shop-1", days(4), 0,
                List.of(line("A", "SOCK-3P", "纯棉袜三双装 / Cotton socks, 3 pairs", "apparel", 2, 3990),
                        line("B", "RUN-SHOE-42", "轻量跑步鞋 42码 / Lightweight running shoes, EU 42", "shoes", 1, 12900),
                        line("C", "TOWEL-SPORT", "速干运动毛巾 / Quick-dry sports towel", "home-textiles", 3, 1550)),
                List.of(discount("MJ-200-20", "FULL_REDUCTION", 2000, "SELLER", null, 20000L),
                        discount("PC-15", "PLATFORM_COUPON", 1500, "PLATFORM", null, null),
                        discount("PTS-500", "POINTS", 500, "PLATFORM", null, null)),
                pay("P1", "ALIPAY_HUABEI", 15000), pay("P2", "ALIPAY_BALANCE", 6530)), days(3), days(1), null);
        add(order("DEMO-1003", "buyer-2", "shop-1", hours(1), 1000,
                List.of(line("L1", "TEA-SET-6", "青瓷茶具六件套 / Celadon tea set, 6 pieces", "home", 1, 26800)),
                List.of(), pay("P1", "WECHAT_BALANCE", 27800)), null, null, null);
        add(order("DEMO-1004", "buyer-2", "shop-2", days(2), 600,
                List.of(line("L1", "BACKPACK-GRY", "通勤双肩包 灰色 / Commuter backpack, grey", "bags", 1, 15900)),
                List.of(discount("D1", "SHOP_COUPON", 1000, "SELLER", null, 10000L)),
                pay("P1", "ALIPAY_BALANCE", 15500)), days(1), null, null);
        add(order("DEMO-1005", "buyer-3", "shop-2", days(3), 0,
                List.of(line("L1", "LAMP-DESK", "护眼台灯 / LED desk lamp", "electronics", 1, 19900)),
                List.of(), pay("P1", "ALIPAY_BALANCE", 19900)), days(2), hours(3), null);
        add(order("DEMO-1006", "buyer-1", "shop-2", days(13), 800,
                List.of(line("L1", "KETTLE-1.7", "不锈钢电热水壶 1.7L / Stainless electric kettle, 1.7 L", "appliances", 1, 12900)),
                List.of(), pay("P1", "ALIPAY_BALANCE", 13700)), days(12), days(10), null);
        add(order("DEMO-1007", "buyer-3", "shop-1", days(5), 0,
                List.of(line("L1", "JEANS-32", "直筒牛仔裤 32码 / Straight jeans, W32", "apparel", 1, 25900),
                        line("L2", "BELT-BRN", "头层牛皮腰带 / Leather belt, brown", "apparel", 1, 8900)),
                List.of(), pay("P1", "WECHAT_BALANCE", 34800)), days(4), days(3), null);
        add(order("DEMO-1008", "buyer-2", "shop-2", days(1), 0,
                List.of(virtual(line("L1", "GAME-CARD-100", "游戏点卡 100元 / Game top-up card, ¥100", "virtual", 1, 9800))),
                List.of(), pay("P1", "ALIPAY_BALANCE", 9800)), hours(23), hours(23), null);
        add(order("DEMO-1009", "buyer-1", "shop-1", days(6), 0,
                List.of(excluded(line("L1", "MUG-ENGRAVED", "定制刻字保温杯 / Engraved vacuum mug, made to order", "custom", 1, 13800),
                        "EXCLUDED_CUSTOM_MADE")),
                List.of(), pay("P1", "ALIPAY_BALANCE", 13800)), days(4), days(2), null);
        add(order("DEMO-1010", "buyer-3", "shop-2", days(2), 2000,
                List.of(excluded(line("L1", "CRAB-8", "阳澄湖大闸蟹 8只装 / Yangcheng Lake hairy crabs, 8 pcs", "fresh", 1, 39800),
                        "EXCLUDED_PERISHABLE")),
                List.of(discount("D1", "RED_PACKET", 500, "PLATFORM", null, null)),
                pay("P1", "WECHAT_BALANCE", 41300)), days(1), hours(5), null);
        add(order("DEMO-1011", "buyer-2", "shop-1", days(3), 0,
                List.of(line("L1", "TOOTHBRUSH-E", "声波电动牙刷 / Sonic electric toothbrush", "personal-care", 1, 29900),
                        gift(line("G1", "CASE-TRAVEL", "赠品：旅行收纳盒 / Gift: travel case", "personal-care", 1, 0), 3900, "L1")),
                List.of(discount("D1", "SHOP_COUPON", 3000, "SELLER", null, 29900L)),
                pay("P1", "ALIPAY_BALANCE", 26900)), days(2), days(1), null);
        add(order("DEMO-1012", "buyer-1", "shop-2", days(2), 0,
                List.of(line("L1", "TOWEL-KITCHEN", "厨房纸巾 6卷 / Kitchen towels, 6 rolls", "household", 4, 2490),
                        line("L2", "SOAP-HAND", "洗手液 500ml / Hand soap, 500 ml", "household", 3, 1590),
                        line("L3", "SPONGE-10", "百洁布 10片 / Scrub sponges, 10 pcs", "household", 2, 990)),
                List.of(discount("D1", "SHOP_COUPON", 1000, "SELLER", null, 10000L),
                        discount("D2", "RED_PACKET", 300, "PLATFORM", List.of("L1", "L2"), null)),
                pay("P1", "ALIPAY_BALANCE", 15410)), days(1), null, null);
        add(order("DEMO-1013", "buyer-3", "shop-1", days(6), 0,
                List.of(confirmed(line("L1", "SERUM-30", "精华液 30ml（开封不退）/ Face serum, 30 ml (no return once opened)",
                        "cosmetics", 1, 45900), now.minus(days(6)))),
                List.of(), pay("P1", "ALIPAY_BALANCE", 45900)), days(5), days(4), null);
        add(order("DEMO-1014", "buyer-2", "shop-2", days(3), 0,
                List.of(excluded(line("L1", "MAG-2026-12", "《国家地理》2026年12月刊 / National Geographic, Dec 2026", "periodicals", 1, 3000),
                        "EXCLUDED_PERIODICAL")),
                List.of(), pay("P1", "WECHAT_BALANCE", 3000)), days(2), null, null);
        add(order("DEMO-1015", "buyer-1", "shop-1", days(8), 0,
                List.of(line("L1", "EARBUDS-BT", "蓝牙降噪耳机 / Noise-cancelling Bluetooth earbuds", "electronics", 1, 59900)),
                List.of(discount("D1", "PLATFORM_COUPON", 5000, "PLATFORM", null, 50000L)),
                pay("P1", "WECHAT_BALANCE", 54900)), days(7), days(6), null);
        add(order("DEMO-1016", "buyer-2", "shop-1", minutes(20), 1200,
                List.of(line("L1", "JACKET-DOWN-L", "轻薄羽绒服 L码 / Light down jacket, L", "apparel", 1, 49900)),
                List.of(), pay("P1", "BANK_CARD", 51100)), null, null, null);
        add(order("DEMO-1017", "buyer-3", "shop-2", days(4), 800,
                List.of(line("L1", "PAN-28", "不粘炒锅 28cm / Non-stick wok, 28 cm", "kitchen", 1, 16900),
                        line("L2", "SPATULA-SIL", "硅胶锅铲 / Silicone spatula", "kitchen", 2, 1900)),
                List.of(), pay("P1", "ALIPAY_BALANCE", 21500)), days(3), days(1), List.of("L1"));
        add(order("DEMO-1018", "buyer-1", "shop-2", days(11), 0,
                List.of(line("L1", "STAND-LAPTOP", "铝合金笔记本支架 / Aluminium laptop stand", "electronics", 1, 12900)),
                List.of(), pay("P1", "CREDIT_CARD", 12900)), days(10), days(8), null);
        add(order("DEMO-1019", "buyer-2", "shop-1", days(2), 0,
                List.of(line("L1", "PHONE-256", "智能手机 256GB / Smartphone, 256 GB", "electronics", 1, 599900)),
                List.of(discount("D1", "SHOP_COUPON", 20000, "SELLER", null, 500000L),
                        discount("D2", "POINTS", 1000, "PLATFORM", null, null)),
                pay("P1", "INSTALMENT", 578900)), days(1), hours(2), null);
        add(order("DEMO-1020", "buyer-3", "shop-1", days(2), 0,
                List.of(line("L1", "NUTS-MIX", "每日坚果 30袋 / Daily mixed nuts, 30 packs", "food", 2, 8990),
                        line("L2", "TEA-OOLONG", "铁观音 250g / Tieguanyin oolong tea, 250 g", "food", 1, 16800),
                        line("L3", "COOKIES", "黄油曲奇 / Butter cookies", "food", 3, 2590)),
                List.of(discount("D1", "PLATFORM_COUPON", 2000, "PLATFORM", null, 30000L),
                        discount("D2", "RED_PACKET", 888, "PLATFORM", List.of("L2", "L3"), null)),
                pay("P1", "ALIPAY_BALANCE", 39662)), days(1), null, null);
        add(order("DEMO-1021", "buyer-2", "shop-1", days(3), 0,
                List.of(line("L1", "LAMP-DESK", "护眼台灯 / Eye-care desk lamp", "home-appliances", 1, 19900)),
                List.of(), pay("P1", "ALIPAY_BALANCE", 19900)), days(2), days(1), null);
    }

    List<DemoOrder> orders() {
        return List.copyOf(orders);
    }

    private void add(OrderSubmission order, Duration shippedAgo, Duration signedAgo, List<String> shippedLines) {
        orders.add(new DemoOrder(order, shippedAgo, signedAgo, shippedLines));
    }

    private OrderSubmission order(String orderId, String buyerId, String shopId, Duration placedAgo, long shippingFee,
            List<LineSubmission> lines, List<DiscountSubmission> discounts, PaymentSubmission... payments) {
        OffsetDateTime placedAt = now.minus(placedAgo).atZone(SHANGHAI).toOffsetDateTime();
        return new OrderSubmission(orderId, buyerId, shopId, "CNY", placedAt, placedAt.plusMinutes(1), lines, discounts,
                shippingFee, shippingFee == 0, List.of(payments));
    }

    private static LineSubmission line(String lineId, String sku, String title, String category, int quantity, long unitPrice) {
        return new LineSubmission(lineId, sku, title, category, quantity, unitPrice, false, "SUPPORTED", null, false, null, null);
    }

    private static LineSubmission virtual(LineSubmission l) {
        return variant(l, true, "EXCLUDED_DIGITAL_UNSEALED", null, null, null);
    }

    private static LineSubmission excluded(LineSubmission l, String exception) {
        return variant(l, false, exception, null, null, null);
    }

    private static LineSubmission confirmed(LineSubmission l, Instant confirmedAt) {
        return variant(l, false, "EXCLUDED_CONFIRMED_BY_BUYER", confirmedAt.atZone(SHANGHAI).toOffsetDateTime(), null, null);
    }

    private static LineSubmission gift(LineSubmission l, long giftValue, String giftFor) {
        return variant(l, false, "SUPPORTED", null, giftValue, giftFor);
    }

    /** The line with other flags; a gift value makes it a gift line. */
    private static LineSubmission variant(LineSubmission l, boolean virtual, String noReasonReturn,
            OffsetDateTime confirmedAt, Long giftValue, String giftFor) {
        return new LineSubmission(l.lineId(), l.sku(), l.title(), l.category(), l.quantity(), l.unitPrice(), virtual,
                noReasonReturn, confirmedAt, giftValue != null, giftValue, giftFor);
    }

    private static DiscountSubmission discount(String discountId, String kind, long amount, String fundedBy,
            List<String> appliesTo, Long threshold) {
        return new DiscountSubmission(discountId, kind, amount, fundedBy, appliesTo, threshold);
    }

    private static PaymentSubmission pay(String paymentId, String method, long amount) {
        return new PaymentSubmission(paymentId, method, amount, "DEMO" + paymentId + Long.toString(amount, 36).toUpperCase());
    }

    private static Duration days(long days) {
        return Duration.ofDays(days);
    }

    private static Duration hours(long hours) {
        return Duration.ofHours(hours);
    }

    private static Duration minutes(long minutes) {
        return Duration.ofMinutes(minutes);
    }
}
