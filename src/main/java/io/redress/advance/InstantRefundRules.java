package io.redress.advance;

import io.redress.orders.Discount;
import io.redress.orders.NoReasonReturn;
import io.redress.orders.Order;
import io.redress.orders.OrderLine;
import io.redress.orders.Payment;
import io.redress.policy.InstantRefundPolicy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who gets an instant refund, as pure functions of the policy's terms, the credit gate's word, the buyer's use so far
 * and the order (docs/instant-refund.md). Each refusal is a code; none means the platform pays.
 */
public final class InstantRefundRules {

    /** Goods of virtual lines count as this category. */
    public static final String VIRTUAL = "virtual";
    /** Custom-made lines (no-reason return excluded as custom made) count as this category. */
    public static final String CUSTOM_MADE = "custom-made";

    private InstantRefundRules() {
    }

    /**
     * A buyer's use of instant refunds: the quota their open advances hold, and the advances (count and amount) made
     * within the policy's trailing window, whatever became of them.
     */
    public record Usage(long quotaUsed, int windowCount, long windowAmount) {

        public Usage {
            if (quotaUsed < 0 || windowCount < 0 || windowAmount < 0) {
                throw new IllegalArgumentException("usage cannot be negative");
            }
        }
    }

    /** What is left of the quota: never below zero, never above the quota (a lowered quota leaves nothing). */
    public static long quotaLeft(InstantRefundPolicy terms, Usage usage) {
        return Math.max(0, Math.min(terms.quotaPerBuyer(), terms.quotaPerBuyer() - usage.quotaUsed()));
    }

    /** Why the buyer could not have any instant refund now, whatever the order; empty when they could. */
    public static List<String> buyerRefusals(InstantRefundPolicy terms, InstantRefundGate.Decision gate, Usage usage) {
        List<String> reasons = standingRefusals(terms, gate);
        if (usage.windowCount() >= terms.maxCount()) {
            reasons.add("window.count-reached");
        }
        if (usage.windowAmount() >= terms.maxAmount()) {
            reasons.add("window.amount-reached");
        }
        if (quotaLeft(terms, usage) == 0) {
            reasons.add("quota.used-up");
        }
        return reasons;
    }

    /**
     * Why the platform may not advance {@code amount} on the {@code lineIds} of {@code order} to this buyer; empty
     * when it may. The amount must fit the quota left and the window's amount, and one more advance the window's count.
     */
    public static List<String> refusals(InstantRefundPolicy terms, InstantRefundGate.Decision gate, Usage usage,
            Order order, List<String> lineIds, long amount) {
        List<String> reasons = standingRefusals(terms, gate);
        if (amount < 1) {
            reasons.add("amount.none");
        }
        if (usage.windowCount() + 1L > terms.maxCount()) {
            reasons.add("window.count-reached");
        }
        if (usage.windowAmount() + amount > terms.maxAmount()) {
            reasons.add("window.amount-exceeded");
        }
        if (amount > quotaLeft(terms, usage)) {
            reasons.add("quota.exceeded");
        }
        Set<String> excluded = new LinkedHashSet<>();
        for (Payment payment : order.payments()) {
            if (terms.excludedInstruments().contains(payment.method().name())) {
                excluded.add("instrument.excluded:" + payment.method().name());
            }
        }
        for (Discount discount : order.discounts()) {
            if (terms.excludedDiscounts().contains(discount.kind().name())) {
                excluded.add("discount.excluded:" + discount.kind().name());
            }
        }
        for (String lineId : lineIds) {
            order.line(lineId).ifPresent(line -> categories(line).stream()
                    .filter(terms.excludedCategories()::contains)
                    .forEach(category -> excluded.add("category.excluded:" + category)));
        }
        reasons.addAll(excluded);
        return reasons;
    }

    private static List<String> standingRefusals(InstantRefundPolicy terms, InstantRefundGate.Decision gate) {
        List<String> reasons = new ArrayList<>();
        if (!terms.offered()) {
            reasons.add("instant-refund.off");
        }
        if (!gate.allowed()) {
            reasons.add("gate:" + (gate.reason() == null ? "refused" : gate.reason()));
        }
        if (terms.minStanding() > 0 && (gate.standing() == null || gate.standing() < terms.minStanding())) {
            reasons.add("standing.below-minimum");
        }
        return reasons;
    }

    private static List<String> categories(OrderLine line) {
        List<String> categories = new ArrayList<>();
        if (line.category() != null) {
            categories.add(line.category());
        }
        if (line.virtual()) {
            categories.add(VIRTUAL);
        }
        if (line.noReasonReturn() == NoReasonReturn.EXCLUDED_CUSTOM_MADE) {
            categories.add(CUSTOM_MADE);
        }
        return categories;
    }
}
