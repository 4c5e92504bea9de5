package io.redress.advance;

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

/** One-line orders for the instant-refund rules: paid with {@code method}, discounted by {@code discount}. */
final class SampleOrder {

    private SampleOrder() {
    }

    /** Apparel paid from the Alipay balance with a shop coupon: nothing the default terms exclude. */
    static Order plain() {
        return of("apparel", false, NoReasonReturn.SUPPORTED, PaymentMethod.ALIPAY_BALANCE, DiscountKind.SHOP_COUPON);
    }

    static Order of(String category, boolean virtual, NoReasonReturn noReason, PaymentMethod method,
            DiscountKind discount) {
        Instant paid = Instant.parse("2026-11-20T02:00:00Z");
        OrderLine line = new OrderLine("L1", 1, "SKU", "item", category, 1, 10_000, virtual, noReason, false, 0, null,
                9_000, List.of(new DiscountShare("D1", discount, 1_000, Funder.SELLER)), null, null, LineRefunds.NONE);
        return new Order("T-sample", "buyer-s", "shop-s", Currency.getInstance("CNY"), paid, paid, List.of(line),
                List.of(new Discount("D1", discount, 1_000, Funder.SELLER, List.of("L1"), null)), 0, true, 0, 0,
                List.of(new Payment("P1", method, 9_000, "psp-1", 0, 0)));
    }
}
