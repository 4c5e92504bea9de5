package io.redress.orders.web;

import io.redress.orders.Discount;
import io.redress.orders.DiscountKind;
import io.redress.orders.Funder;
import io.redress.orders.NoReasonReturn;
import io.redress.orders.Order;
import io.redress.orders.OrderLine;
import io.redress.orders.Payment;
import io.redress.orders.PaymentMethod;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** The JSON form of an order snapshot (docs/orders.md): money in minor units of {@code currency}, times in the marketplace zone. */
record OrderView(
        String orderId, String buyerId, String shopId, String currency,
        OffsetDateTime placedAt, OffsetDateTime paidAt,
        List<LineView> lines, List<DiscountView> discounts,
        long shippingFee, boolean freeShipping, long shippingRefundedAmount, long shippingReservedAmount,
        long paidAmount, List<PaymentView> payments) {

    record LineView(
            String lineId, int lineNo, String sku, String title, String category, int quantity, long unitPrice,
            boolean virtual, NoReasonReturn noReasonReturn, OffsetDateTime noReasonReturnConfirmedAt, boolean gift, Long giftValue, String giftFor,
            long amount, long discountAmount, long paidAmount, List<ShareView> discountShares,
            OffsetDateTime shippedAt, OffsetDateTime signedAt, RefundsView refunds) {
    }

    record ShareView(String discountId, DiscountKind kind, long amount, Funder fundedBy) {
    }

    record RefundsView(int refundedQuantity, long refundedAmount, int reservedQuantity, long reservedAmount) {
    }

    record DiscountView(String discountId, DiscountKind kind, long amount, Funder fundedBy, List<String> appliesTo,
            Long threshold) {
    }

    record PaymentView(String paymentId, PaymentMethod method, long amount, String pspReference, long refundedAmount,
            long reservedAmount) {
    }

    static OrderView of(Order order, ZoneId zone) {
        return new OrderView(order.orderId(), order.buyerId(), order.shopId(), order.currency().getCurrencyCode(),
                at(order.placedAt(), zone), at(order.paidAt(), zone),
                order.lines().stream().map(line -> line(line, zone)).toList(),
                order.discounts().stream().map(OrderView::discount).toList(),
                order.shippingFee(), order.freeShipping(), order.shippingRefunded(), order.shippingReserved(),
                order.totalPaid(), order.payments().stream().map(OrderView::payment).toList());
    }

    private static LineView line(OrderLine line, ZoneId zone) {
        return new LineView(line.lineId(), line.lineNo(), line.sku(), line.title(), line.category(), line.quantity(),
                line.unitPrice(), line.virtual(), line.noReasonReturn(), at(line.noReasonReturnConfirmedAt(), zone), line.gift(), line.gift() ? line.giftValue() : null,
                line.giftFor(), line.amount(), line.discountTotal(), line.paidAmount(),
                line.discountShares().stream()
                        .map(share -> new ShareView(share.discountId(), share.kind(), share.amount(), share.fundedBy()))
                        .toList(),
                at(line.shippedAt(), zone), at(line.signedAt(), zone),
                new RefundsView(line.refunds().refundedQuantity(), line.refunds().refundedAmount(),
                        line.refunds().reservedQuantity(), line.refunds().reservedAmount()));
    }

    private static DiscountView discount(Discount discount) {
        return new DiscountView(discount.discountId(), discount.kind(), discount.amount(), discount.fundedBy(),
                discount.appliesTo(), discount.threshold());
    }

    private static PaymentView payment(Payment payment) {
        return new PaymentView(payment.paymentId(), payment.method(), payment.amount(), payment.pspReference(),
                payment.refundedAmount(), payment.reservedAmount());
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
