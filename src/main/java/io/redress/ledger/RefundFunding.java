package io.redress.ledger;

import io.redress.decisions.RefundDecision;
import java.util.Currency;

/**
 * Who funds a refund (docs/amounts.md), as the ledger posts it: {@code cashAmount} goes back to the buyer's instruments,
 * {@code platformAmount} is the platform's subsidy returned to it and {@code pointsAmount} the points it funded
 * returned to the points liability; either is negative when the platform bears part of the refund instead (a
 * released threshold charge). The seller gives back the sum of the three.
 */
public record RefundFunding(String orderId, String buyerId, String shopId, Currency currency, long cashAmount,
        long platformAmount, long pointsAmount) {

    public RefundFunding {
        if (cashAmount < 0) {
            throw new IllegalArgumentException("a refund pays no negative cash");
        }
        if (cashAmount == 0 && platformAmount == 0 && pointsAmount == 0) {
            throw new IllegalArgumentException("a refund must return something");
        }
    }

    /** The funding a decision froze: its cash and, with the opposite sign, what the platform bears of it. */
    public static RefundFunding of(RefundDecision decision) {
        return new RefundFunding(decision.orderId(), decision.buyerId(), decision.shopId(), decision.currency(),
                decision.amount(), -decision.funders().platformSubsidy(), -decision.funders().platformPoints());
    }

    /**
     * The action of a decision the platform pays first (the case action INSTANT_REFUND): the ledger books it as an
     * advance, repaid later by the seller or the buyer ({@link AdvanceRepayment}).
     */
    public static final String ADVANCE_ACTION = "INSTANT_REFUND";

    /** True when the platform pays the decision first, before anyone bears it. */
    public static boolean advancedByPlatform(RefundDecision decision) {
        return ADVANCE_ACTION.equals(decision.action()) && decision.amount() > 0;
    }

    /** True when the decision moves no money at all (nothing to post). */
    public static boolean movesNothing(RefundDecision decision) {
        return decision.amount() == 0 && decision.funders().platformSubsidy() == 0
                && decision.funders().platformPoints() == 0;
    }

    public long sellerAmount() {
        return Math.addExact(Math.addExact(cashAmount, platformAmount), pointsAmount);
    }
}
