package io.redress.amounts;

import io.redress.orders.Discount;
import io.redress.orders.DiscountKind;
import io.redress.orders.DiscountShare;
import io.redress.orders.Funder;
import io.redress.orders.OrderLine;
import io.redress.shared.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * The money each line gives back (docs/amounts.md): its paid share, threshold claw-backs and
 * their release, gifts kept, and the caps, with the platform's part of each amount kept apart.
 */
final class LineSettlement {

    private final Taking taking;
    private final AmountRules rules;
    final long[] amount;
    /**
     * What the platform bears of each line's amount through its discount subsidies (coupons, reductions) and
     * through the points it funded; negative when the platform takes its subsidy or points back.
     */
    final long[] subsidy;
    final long[] points;
    final List<List<Step>> steps;
    private final long[] subsidyCharged;
    private final long[] pointsCharged;
    private final long[] held;

    LineSettlement(Taking taking, AmountRules rules) {
        this.taking = taking;
        this.rules = rules;
        int n = taking.lines.size();
        this.amount = new long[n];
        this.subsidy = new long[n];
        this.points = new long[n];
        this.subsidyCharged = new long[n];
        this.pointsCharged = new long[n];
        this.held = new long[n];
        this.steps = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            steps.add(new ArrayList<>(4));
            OrderLine line = taking.lines.get(i);
            long taken = line.refunds().refundedAmount() + line.refunds().reservedAmount();
            held[i] = Math.max(0, Taking.unitsShare(line.paidAmount(), line.quantity(), 0, taking.before[i]) - taken);
        }
    }

    LineSettlement settle() {
        paidShares();
        if (rules.thresholdPolicy() == ThresholdPolicy.CLAW_BACK) {
            for (Discount discount : taking.order.discounts()) {
                if (discount.threshold() != null) {
                    threshold(discount);
                }
            }
        }
        giftsKept();
        for (int i = 0; i < amount.length; i++) {
            if (taking.asked[i] > 0 || !steps.get(i).isEmpty()) {
                bounds(i);
            }
        }
        return this;
    }

    private void paidShares() {
        for (int i = 0; i < amount.length; i++) {
            if (taking.asked[i] == 0) {
                continue;
            }
            OrderLine line = taking.lines.get(i);
            long paid = Taking.unitsShare(line.paidAmount(), line.quantity(), taking.before[i], taking.after(i));
            add(i, Step.of(Rule.PAID_SHARE, paid, Phrase.PAID_SHARE, taking.asked[i], line.quantity()));
            for (DiscountShare share : line.discountShares()) {
                if (share.fundedBy() == Funder.PLATFORM) {
                    platformPart(share.kind())[i] -= Taking.unitsShare(share.amount(), line.quantity(),
                            taking.before[i], taking.after(i));
                }
            }
        }
    }

    /**
     * docs/amounts.md: when the kept items first fall below the threshold, their frozen shares of the
     * discount are charged to the lines that broke it; when charged items are returned later, what
     * was charged for them comes back to the lines that hold it.
     */
    private void threshold(Discount discount) {
        long threshold = discount.threshold();
        long gross = 0;
        long keptBefore = 0;
        long keptAfter = 0;
        long release = 0;
        long charge = 0;
        long[] weights = new long[amount.length];
        for (int i = 0; i < amount.length; i++) {
            OrderLine line = taking.lines.get(i);
            if (!applies(discount, line)) {
                continue;
            }
            gross += line.amount();
            keptBefore += line.unitPrice() * (line.quantity() - taking.before[i]);
            keptAfter += line.unitPrice() * (line.quantity() - taking.after(i));
            long share = shareOf(line, discount);
            release += Taking.unitsShare(share, line.quantity(), taking.before[i], taking.after(i));
            charge += Taking.unitsShare(share, line.quantity(), taking.after(i), line.quantity());
            weights[i] = line.unitPrice() * taking.asked[i] + taking.asked[i];
        }
        boolean platformFunded = discount.fundedBy() == Funder.PLATFORM;
        if (gross < threshold || keptAfter >= threshold) {
            return;
        }
        if (keptBefore < threshold) {
            restore(discount, release, platformFunded);
        } else if (charge > 0) {
            long[] parts = Money.allocate(charge, weights);
            for (int i = 0; i < parts.length; i++) {
                if (parts[i] > 0) {
                    add(i, Step.of(Rule.THRESHOLD_LOST, -parts[i], Phrase.THRESHOLD_LOST, discount.discountId(),
                            Phrase.yuan(threshold), Phrase.yuan(discount.amount())));
                    if (platformFunded) {
                        platformPart(discount.kind())[i] -= parts[i];
                        (discount.kind() == DiscountKind.POINTS ? pointsCharged : subsidyCharged)[i] += parts[i];
                    }
                }
            }
        }
    }

    private void restore(Discount discount, long release, boolean platformFunded) {
        long available = 0;
        for (long h : held) {
            available += h;
        }
        if (release <= 0 || available == 0) {
            return;
        }
        long[] parts = Money.allocate(Math.min(release, available), held.clone());
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] > 0) {
                held[i] -= parts[i];
                add(i, Step.of(Rule.THRESHOLD_RESTORED, parts[i], Phrase.THRESHOLD_RESTORED, discount.discountId(),
                        Phrase.yuan(discount.threshold()), Phrase.yuan(discount.amount())));
                if (platformFunded) {
                    platformPart(discount.kind())[i] += parts[i];
                }
            }
        }
    }

    /** docs/amounts.md: a gift the buyer keeps is deducted from its main line at its declared value per unit. */
    private void giftsKept() {
        for (int g = 0; g < amount.length; g++) {
            if (taking.giftsKept[g] == 0) {
                continue;
            }
            OrderLine gift = taking.lines.get(g);
            int main = taking.order.lines().indexOf(taking.order.line(gift.giftFor()).orElseThrow());
            long value = Math.multiplyExact(gift.giftValue(), taking.giftsKept[g]);
            add(main, Step.of(Rule.GIFT_NOT_RETURNED, -value, Phrase.GIFT_NOT_RETURNED,
                    gift.lineId(), taking.giftsKept[g], gift.giftValue()));
        }
    }

    /** Never below zero, never more than the line still holds (paid − refunded − reserved). */
    private void bounds(int i) {
        if (amount[i] < 0) {
            long lift = -amount[i];
            add(i, Step.of(Rule.NOT_BELOW_ZERO, lift, Phrase.NOT_BELOW_ZERO));
            long fromSubsidy = Math.min(lift, subsidyCharged[i]);
            subsidy[i] += fromSubsidy;
            points[i] += Math.min(lift - fromSubsidy, pointsCharged[i]);
        }
        long over = amount[i] - taking.remaining(i);
        if (over > 0) {
            boolean inFlight = taking.lines.get(i).refunds().reservedAmount() > 0;
            add(i, inFlight ? Step.of(Rule.IN_FLIGHT, -over, Phrase.IN_FLIGHT)
                    : Step.of(Rule.ALREADY_REFUNDED, -over, Phrase.ALREADY_REFUNDED));
        }
    }

    /** The platform's part a discount of this kind moves: points it funded, or its subsidy. */
    private long[] platformPart(DiscountKind kind) {
        return kind == DiscountKind.POINTS ? points : subsidy;
    }

    private void add(int i, Step step) {
        steps.get(i).add(step);
        amount[i] += step.amount();
    }

    static boolean applies(Discount discount, OrderLine line) {
        return discount.appliesTo().isEmpty() ? !line.gift() : discount.appliesTo().contains(line.lineId());
    }

    static long shareOf(OrderLine line, Discount discount) {
        for (DiscountShare share : line.discountShares()) {
            if (share.discountId().equals(discount.discountId())) {
                return share.amount();
            }
        }
        return 0;
    }
}
