package io.redress.orders.internal;

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
import io.redress.orders.internal.OrderSubmission.DiscountSubmission;
import io.redress.orders.internal.OrderSubmission.LineSubmission;
import io.redress.orders.internal.OrderSubmission.PaymentSubmission;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Turns a submission into an order snapshot with frozen discount shares, or refuses it naming the fields.
 * The one way orders come in: the API and the demo data both go through here.
 */
final class OrderAcceptance {

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .addModule(new SimpleModule().addSerializer(OffsetDateTime.class, new ValueSerializer<OffsetDateTime>() {
                @Override
                public void serialize(OffsetDateTime value, JsonGenerator json, SerializationContext context) {
                    // the same instant written with another offset is the same order
                    json.writeString(value.toInstant().toString());
                }
            }))
            .build();

    private OrderAcceptance() {
    }

    static AcceptedOrder accept(OrderSubmission submission) {
        OrderValidation.checkFields(submission);
        OrderValidation.checkConsistency(submission);
        List<LineSubmission> lines = submission.lines();
        List<DiscountSubmission> discounts = OrderValidation.discounts(submission);
        Violations v = new Violations();
        List<Apportionment.Source> sources = new ArrayList<>();
        for (int i = 0; i < discounts.size(); i++) {
            sources.add(source(v, "discounts[" + i + "]", discounts.get(i), lines));
        }
        v.throwIfInconsistent();
        Map<String, List<DiscountShare>> shares;
        try {
            shares = Apportionment.apportion(
                    lines.stream().map(line -> new Apportionment.Line(line.lineId(), amount(line))).toList(), sources);
        } catch (Apportionment.DiscountExceedsLines e) {
            int index = discounts.stream().map(DiscountSubmission::discountId).toList().indexOf(e.discountId());
            v.add("discounts[" + index + "].amount", "is larger than the " + e.available()
                    + " its lines still have after the discounts applied before it");
            throw v.inconsistent();
        }
        checkPaymentsAddUp(v, submission);
        v.throwIfInconsistent();
        return new AcceptedOrder(order(submission, sources, shares), fingerprint(submission));
    }

    private static Apportionment.Source source(Violations v, String at, DiscountSubmission discount,
            List<LineSubmission> lines) {
        Map<String, Long> amounts = new HashMap<>();
        lines.forEach(line -> amounts.put(line.lineId(), amount(line)));
        Set<String> appliesTo = new LinkedHashSet<>();
        if (discount.appliesTo() == null) {
            lines.stream().filter(line -> !Boolean.TRUE.equals(line.gift())).forEach(line -> appliesTo.add(line.lineId()));
            if (appliesTo.isEmpty()) {
                v.add(at + ".appliesTo", "has no non-gift line to default to; name the lines");
            }
        } else if (discount.appliesTo().isEmpty()) {
            v.add(at + ".appliesTo", "must name at least one line (omit it for every non-gift line)");
        } else {
            for (int j = 0; j < discount.appliesTo().size(); j++) {
                String lineId = discount.appliesTo().get(j);
                if (!amounts.containsKey(lineId)) {
                    v.add(at + ".appliesTo[" + j + "]", "names no line of this order: " + lineId);
                }
                appliesTo.add(lineId);
            }
        }
        if (discount.threshold() != null) {
            long reached = appliesTo.stream().mapToLong(lineId -> amounts.getOrDefault(lineId, 0L)).reduce(0, OrderAcceptance::sum);
            if (reached < discount.threshold()) {
                v.add(at + ".threshold", "is not reached: the lines it applies to come to " + reached);
            }
        }
        return new Apportionment.Source(discount.discountId(), DiscountKind.valueOf(discount.kind()), discount.amount(),
                Funder.valueOf(discount.fundedBy()), appliesTo);
    }

    private static void checkPaymentsAddUp(Violations v, OrderSubmission submission) {
        try {
            long lines = submission.lines().stream().mapToLong(OrderAcceptance::amount).reduce(0, OrderAcceptance::sum);
            long discounts = OrderValidation.discounts(submission).stream().mapToLong(DiscountSubmission::amount)
                    .reduce(0, OrderAcceptance::sum);
            long due = Math.addExact(lines - discounts, shippingFee(submission));
            long paid = submission.payments().stream().mapToLong(PaymentSubmission::amount).reduce(0, OrderAcceptance::sum);
            if (paid != due) {
                v.add("payments", "add up to " + paid + " but lines " + lines + " − discounts " + discounts
                        + " + shippingFee " + shippingFee(submission) + " = " + due);
            }
        } catch (ArithmeticException e) {
            v.add("payments", "the order's amounts do not fit in 64-bit minor units");
        }
    }

    private static Order order(OrderSubmission s, List<Apportionment.Source> sources, Map<String, List<DiscountShare>> shares) {
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < s.lines().size(); i++) {
            LineSubmission line = s.lines().get(i);
            List<DiscountShare> lineShares = shares.get(line.lineId());
            long paid = amount(line) - lineShares.stream().mapToLong(DiscountShare::amount).sum();
            lines.add(new OrderLine(line.lineId(), i + 1, line.sku(), line.title(), line.category(), line.quantity(),
                    line.unitPrice(), Boolean.TRUE.equals(line.virtual()),
                    line.noReasonReturn() == null ? NoReasonReturn.SUPPORTED : NoReasonReturn.valueOf(line.noReasonReturn()),
                    Boolean.TRUE.equals(line.gift()), line.giftValue() == null ? 0 : line.giftValue(), line.giftFor(),
                    paid, lineShares, null, null, LineRefunds.NONE,
                    line.noReasonReturnConfirmedAt() == null ? null : line.noReasonReturnConfirmedAt().toInstant()));
        }
        List<Discount> discounts = new ArrayList<>();
        List<DiscountSubmission> submitted = OrderValidation.discounts(s);
        for (int i = 0; i < submitted.size(); i++) {
            Apportionment.Source source = sources.get(i);
            discounts.add(new Discount(source.discountId(), source.kind(), source.amount(), source.fundedBy(),
                    List.copyOf(source.appliesTo()), submitted.get(i).threshold()));
        }
        List<Payment> payments = s.payments().stream().map(p -> new Payment(p.paymentId(), PaymentMethod.valueOf(p.method()),
                p.amount(), p.pspReference(), 0, 0)).toList();
        return new Order(s.orderId(), s.buyerId(), s.shopId(), Currency.getInstance(s.currency()), s.placedAt().toInstant(),
                s.paidAt().toInstant(), lines, discounts, shippingFee(s), Boolean.TRUE.equals(s.freeShipping()), 0, 0, payments);
    }

    /** SHA-256 of the submission as JSON; equal bodies (whatever their layout) give equal fingerprints. */
    static String fingerprint(OrderSubmission submission) {
        try {
            byte[] json = CANONICAL.writeValueAsString(submission).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static long amount(LineSubmission line) {
        return Math.multiplyExact(line.unitPrice(), (long) line.quantity());
    }

    private static long shippingFee(OrderSubmission submission) {
        return submission.shippingFee() == null ? 0 : submission.shippingFee();
    }

    private static long sum(long a, long b) {
        return Math.addExact(a, b);
    }
}
