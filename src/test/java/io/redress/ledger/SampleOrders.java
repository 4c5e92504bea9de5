package io.redress.ledger;

import io.redress.orders.Discount;
import io.redress.orders.DiscountKind;
import io.redress.orders.DiscountShare;
import io.redress.orders.Funder;
import io.redress.orders.LineRefunds;
import io.redress.orders.NoReasonReturn;
import io.redress.orders.Order;
import io.redress.orders.OrderLine;
import io.redress.orders.Payment;
import io.redress.orders.PaymentMethod;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** The order of docs/amounts.md: lines A, B, C with frozen shop, platform and points shares, paid by two instruments. */
public final class SampleOrders {

    private SampleOrders() {
    }

    public static Order domainExample(String orderId, String buyerId, String shopId) {
        Instant paid = Instant.parse("2026-05-01T02:00:00Z");
        return new Order(orderId, buyerId, shopId, Currency.getInstance("CNY"), paid, paid,
                List.of(line("A", 1, 2, 3990, 6730, 625, 469, 156),
                        line("B", 2, 1, 12900, 10878, 1011, 758, 253),
                        line("C", 3, 3, 1550, 3922, 364, 273, 91)),
                List.of(new Discount("shop", DiscountKind.SHOP_COUPON, 2000, Funder.SELLER, List.of("A", "B", "C"), 20000L),
                        new Discount("platform", DiscountKind.PLATFORM_COUPON, 1500, Funder.PLATFORM, List.of("A", "B", "C"), null),
                        new Discount("points", DiscountKind.POINTS, 500, Funder.PLATFORM, List.of("A", "B", "C"), null)),
                0, true, 0, 0,
                List.of(new Payment(orderId + "-huabei", PaymentMethod.ALIPAY_HUABEI, 15000, "psp-" + orderId + "-1", 0, 0),
                        new Payment(orderId + "-balance", PaymentMethod.ALIPAY_BALANCE, 6530, "psp-" + orderId + "-2", 0, 0)));
    }

    /** A new shop with the domain example captured and settled to its payable (-23530); the shop's id. */
    public static String settledShop(io.redress.ledger.Ledger ledger) {
        String shop = "shop-" + java.util.UUID.randomUUID();
        String orderId = "o-" + java.util.UUID.randomUUID();
        ledger.capture(domainExample(orderId, "buyer-1", shop));
        ledger.settle(orderId);
        return shop;
    }

    private static OrderLine line(String id, int no, int quantity, long unitPrice, long paid, long shop, long platform, long points) {
        return new OrderLine(id, no, "sku-" + id, "item " + id, "general", quantity, unitPrice, false, NoReasonReturn.SUPPORTED,
                false, 0, null, paid,
                List.of(new DiscountShare("shop", DiscountKind.SHOP_COUPON, shop, Funder.SELLER),
                        new DiscountShare("platform", DiscountKind.PLATFORM_COUPON, platform, Funder.PLATFORM),
                        new DiscountShare("points", DiscountKind.POINTS, points, Funder.PLATFORM)),
                null, null, LineRefunds.NONE);
    }
}
