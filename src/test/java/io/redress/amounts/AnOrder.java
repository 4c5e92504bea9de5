package io.redress.amounts;

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
import io.redress.shared.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds order snapshots for tests, apportioning discounts the way intake does (docs/amounts.md). */
final class AnOrder {

    static final Instant PLACED = Instant.parse("2026-11-20T02:00:00Z");

    private final String orderId;
    private final List<OrderLine> lines = new ArrayList<>();
    private final List<Discount> discounts = new ArrayList<>();
    private final List<Payment> payments = new ArrayList<>();
    private final Map<String, LineRefunds> refunds = new LinkedHashMap<>();
    private long[] paymentWeights;
    private long shippingFee;
    private long shippingRefunded;
    private Instant shippedAt;
    private Instant signedAt;

    private AnOrder(String orderId) {
        this.orderId = orderId;
    }

    static AnOrder order(String orderId) {
        return new AnOrder(orderId);
    }

    AnOrder line(String lineId, int quantity, long unitPrice) {
        return line(lineId, quantity, unitPrice, false, NoReasonReturn.SUPPORTED);
    }

    AnOrder line(String lineId, int quantity, long unitPrice, boolean virtual, NoReasonReturn noReasonReturn) {
        lines.add(new OrderLine(lineId, lines.size() + 1, "SKU-" + lineId, "item " + lineId, "general", quantity,
                unitPrice, virtual, noReasonReturn, false, 0, null, 0, List.of(), null, null, LineRefunds.NONE));
        return this;
    }

    AnOrder gift(String lineId, int quantity, long giftValue, String giftFor) {
        lines.add(new OrderLine(lineId, lines.size() + 1, "GIFT-" + lineId, "gift " + lineId, "gift", quantity,
                0, false, NoReasonReturn.SUPPORTED, true, giftValue, giftFor, 0, List.of(), null, null, LineRefunds.NONE));
        return this;
    }

    AnOrder discount(String discountId, DiscountKind kind, long amount, Funder funder, Long threshold, String... appliesTo) {
        discounts.add(new Discount(discountId, kind, amount, funder, List.of(appliesTo), threshold));
        return this;
    }

    AnOrder shipping(long fee) {
        this.shippingFee = fee;
        return this;
    }

    AnOrder shippingRefunded(long amount) {
        this.shippingRefunded = amount;
        return this;
    }

    AnOrder payment(String paymentId, PaymentMethod method, long amount) {
        payments.add(new Payment(paymentId, method, amount, "psp-" + paymentId, 0, 0));
        return this;
    }

    /** Pays the order with as many instruments as weights, splitting the total in proportion to them. */
    AnOrder paidWith(long... weights) {
        this.paymentWeights = weights;
        return this;
    }

    AnOrder refunded(String lineId, LineRefunds lineRefunds) {
        refunds.put(lineId, lineRefunds);
        return this;
    }

    /** Every line shipped at {@code shipped} and signed at {@code signed} (either may be null). */
    AnOrder fulfilled(Instant shipped, Instant signed) {
        this.shippedAt = shipped;
        this.signedAt = signed;
        return this;
    }

    Order build() {
        int n = lines.size();
        long[] base = new long[n];
        List<List<DiscountShare>> shares = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            base[i] = lines.get(i).amount();
            shares.add(new ArrayList<>());
        }
        List<Discount> inOrder = new ArrayList<>(discounts);
        inOrder.sort(Comparator.comparing(Discount::kind));
        for (Discount discount : inOrder) {
            long[] weights = new long[n];
            for (int i = 0; i < n; i++) {
                weights[i] = LineSettlement.applies(discount, lines.get(i)) ? base[i] : 0;
            }
            long[] parts = Money.allocate(discount.amount(), weights);
            for (int i = 0; i < n; i++) {
                if (parts[i] > 0) {
                    shares.get(i).add(new DiscountShare(discount.discountId(), discount.kind(), parts[i], discount.fundedBy()));
                    base[i] -= parts[i];
                }
            }
        }
        List<OrderLine> built = new ArrayList<>();
        long total = shippingFee;
        for (int i = 0; i < n; i++) {
            OrderLine l = lines.get(i);
            total += base[i];
            built.add(new OrderLine(l.lineId(), l.lineNo(), l.sku(), l.title(), l.category(), l.quantity(), l.unitPrice(),
                    l.virtual(), l.noReasonReturn(), l.gift(), l.giftValue(), l.giftFor(), base[i], shares.get(i),
                    shippedAt, signedAt, refunds.getOrDefault(l.lineId(), LineRefunds.NONE)));
        }
        List<Payment> paid = payments;
        if (paid.isEmpty()) {
            long[] parts = Money.allocate(total, paymentWeights == null ? new long[] {1} : paymentWeights);
            paid = new ArrayList<>();
            PaymentMethod[] methods = PaymentMethod.values();
            for (int p = 0; p < parts.length; p++) {
                paid.add(new Payment("P" + (p + 1), methods[p % methods.length], parts[p], "psp-P" + (p + 1), 0, 0));
            }
        }
        return new Order(orderId, "buyer-1", "shop-1", Currency.getInstance("CNY"), PLACED, PLACED, built,
                discounts, shippingFee, shippingFee == 0, shippingRefunded, 0, paid);
    }
}
