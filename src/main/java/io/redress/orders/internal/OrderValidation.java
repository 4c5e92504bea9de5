package io.redress.orders.internal;

import io.redress.orders.DiscountKind;
import io.redress.orders.Funder;
import io.redress.orders.NoReasonReturn;
import io.redress.orders.PaymentMethod;
import io.redress.orders.internal.OrderSubmission.DiscountSubmission;
import io.redress.orders.internal.OrderSubmission.LineSubmission;
import io.redress.orders.internal.OrderSubmission.PaymentSubmission;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a submission in two passes: each field on its own (400), then the fields against each other (422).
 * The second pass only runs on a submission whose fields are all well-formed.
 */
final class OrderValidation {

    static final int MAX_LINES = 500;

    private OrderValidation() {
    }

    /** Each field on its own: present when required, well-formed, within range, a known value. */
    static void checkFields(OrderSubmission order) {
        Violations v = new Violations();
        v.orderId("orderId", order.orderId());
        v.text("buyerId", order.buyerId(), true, 64);
        v.text("shopId", order.shopId(), true, 64);
        if (v.present("currency", order.currency()) && !knownCurrency(order.currency())) {
            v.add("currency", "must be an ISO 4217 currency code");
        }
        v.present("placedAt", order.placedAt());
        v.present("paidAt", order.paidAt());
        v.notNegative("shippingFee", order.shippingFee(), false);
        if (v.present("lines", order.lines())) {
            if (order.lines().isEmpty()) {
                v.add("lines", "must contain at least one line");
            } else if (order.lines().size() > MAX_LINES) {
                v.add("lines", "must contain at most " + MAX_LINES + " lines");
            }
            for (int i = 0; i < order.lines().size(); i++) {
                checkLine(v, "lines[" + i + "]", order.lines().get(i));
            }
        }
        if (order.discounts() != null) {
            for (int i = 0; i < order.discounts().size(); i++) {
                checkDiscount(v, "discounts[" + i + "]", order.discounts().get(i));
            }
        }
        if (v.present("payments", order.payments())) {
            for (int i = 0; i < order.payments().size(); i++) {
                checkPayment(v, "payments[" + i + "]", order.payments().get(i));
            }
        }
        v.throwIfMalformed();
    }

    private static void checkLine(Violations v, String at, LineSubmission line) {
        if (!v.present(at, line)) {
            return;
        }
        v.text(at + ".lineId", line.lineId(), true, 64);
        v.text(at + ".sku", line.sku(), true, 128);
        v.text(at + ".title", line.title(), true, 500);
        v.text(at + ".category", line.category(), false, 64);
        if (v.present(at + ".quantity", line.quantity()) && line.quantity() < 1) {
            v.add(at + ".quantity", "must be at least 1");
        }
        v.notNegative(at + ".unitPrice", line.unitPrice(), true);
        v.oneOf(at + ".noReasonReturn", line.noReasonReturn(), NoReasonReturn.class, false);
        v.notNegative(at + ".giftValue", line.giftValue(), false);
        v.text(at + ".giftFor", line.giftFor(), false, 64);
    }

    private static void checkDiscount(Violations v, String at, DiscountSubmission discount) {
        if (!v.present(at, discount)) {
            return;
        }
        v.text(at + ".discountId", discount.discountId(), true, 64);
        v.oneOf(at + ".kind", discount.kind(), DiscountKind.class, true);
        v.notNegative(at + ".amount", discount.amount(), true);
        v.oneOf(at + ".fundedBy", discount.fundedBy(), Funder.class, true);
        v.notNegative(at + ".threshold", discount.threshold(), false);
        if (discount.appliesTo() != null) {
            for (int j = 0; j < discount.appliesTo().size(); j++) {
                v.text(at + ".appliesTo[" + j + "]", discount.appliesTo().get(j), true, 64);
            }
        }
    }

    private static void checkPayment(Violations v, String at, PaymentSubmission payment) {
        if (!v.present(at, payment)) {
            return;
        }
        v.text(at + ".paymentId", payment.paymentId(), true, 64);
        v.oneOf(at + ".method", payment.method(), PaymentMethod.class, true);
        v.positive(at + ".amount", payment.amount());
        v.text(at + ".pspReference", payment.pspReference(), false, 128);
    }

    /** The fields against each other; every field is well-formed by now. */
    static void checkConsistency(OrderSubmission order) {
        Violations v = new Violations();
        if (order.paidAt().isBefore(order.placedAt())) {
            v.add("paidAt", "must not be before placedAt");
        }
        unique(v, "lines", "lineId", order.lines(), LineSubmission::lineId);
        unique(v, "discounts", "discountId", discounts(order), DiscountSubmission::discountId);
        unique(v, "payments", "paymentId", order.payments(), PaymentSubmission::paymentId);
        Set<String> mainLines = new HashSet<>();
        for (LineSubmission line : order.lines()) {
            if (!Boolean.TRUE.equals(line.gift())) {
                mainLines.add(line.lineId());
            }
        }
        for (int i = 0; i < order.lines().size(); i++) {
            checkLineAgainstOrder(v, "lines[" + i + "]", order.lines().get(i), order, mainLines);
        }
        checkAmountsFit(v, order.lines());
        if (Boolean.TRUE.equals(order.freeShipping()) && order.shippingFee() != null && order.shippingFee() > 0) {
            v.add("shippingFee", "must be 0 when freeShipping is true");
        }
        v.throwIfInconsistent();
    }

    private static void checkLineAgainstOrder(Violations v, String at, LineSubmission line, OrderSubmission order,
            Set<String> mainLines) {
        boolean gift = Boolean.TRUE.equals(line.gift());
        if (gift && line.giftValue() == null) {
            v.add(at + ".giftValue", "is required for a gift line");
        }
        if (!gift && line.giftValue() != null) {
            v.add(at + ".giftValue", "is only allowed on a gift line");
        }
        if (!gift && line.giftFor() != null) {
            v.add(at + ".giftFor", "is only allowed on a gift line");
        }
        if (gift && line.giftFor() != null && !mainLines.contains(line.giftFor())) {
            v.add(at + ".giftFor", "must name a non-gift line of this order, not " + line.giftFor());
        }
        boolean confirmedExclusion = NoReasonReturn.EXCLUDED_CONFIRMED_BY_BUYER.name().equals(line.noReasonReturn());
        if (confirmedExclusion && line.noReasonReturnConfirmedAt() == null) {
            v.add(at + ".noReasonReturnConfirmedAt",
                    "is required for EXCLUDED_CONFIRMED_BY_BUYER: without the buyer's confirmation the line stays returnable");
        }
        if (!confirmedExclusion && line.noReasonReturnConfirmedAt() != null) {
            v.add(at + ".noReasonReturnConfirmedAt", "is only allowed with EXCLUDED_CONFIRMED_BY_BUYER");
        }
        if (confirmedExclusion && line.noReasonReturnConfirmedAt() != null
                && line.noReasonReturnConfirmedAt().isAfter(order.paidAt())) {
            v.add(at + ".noReasonReturnConfirmedAt", "must not be after paidAt: the buyer confirms at purchase");
        }
    }

    private static void checkAmountsFit(Violations v, List<LineSubmission> lines) {
        long total = 0;
        for (int i = 0; i < lines.size(); i++) {
            LineSubmission line = lines.get(i);
            long amount;
            try {
                amount = Math.multiplyExact(line.unitPrice(), (long) line.quantity());
            } catch (ArithmeticException e) {
                v.add("lines[" + i + "].unitPrice", "unitPrice × quantity does not fit in 64-bit minor units");
                return;
            }
            try {
                total = Math.addExact(total, amount);
            } catch (ArithmeticException e) {
                v.add("lines", "the lines' amounts together do not fit in 64-bit minor units");
                return;
            }
        }
    }

    private static <T> void unique(Violations v, String list, String idField, List<T> items, Function<T, String> id) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            if (!seen.add(value)) {
                v.add(list + "[" + i + "]." + idField, "duplicates " + idField + " " + value);
            }
        }
    }

    static List<DiscountSubmission> discounts(OrderSubmission order) {
        return order.discounts() == null ? List.of() : order.discounts();
    }

    private static boolean knownCurrency(String code) {
        if (!code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
