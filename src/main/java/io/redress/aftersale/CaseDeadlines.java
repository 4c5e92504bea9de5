package io.redress.aftersale;

import io.redress.policy.TimerId;
import java.util.Optional;

/** Which deadline each state starts (docs/lifecycle.md); the durations come from the case's policy version. */
public final class CaseDeadlines {

    private CaseDeadlines() {
    }

    /**
     * The deadline running while a case of {@code type} is in {@code status}, or empty when no party is on the
     * clock: a dispute open at the platform pauses the parties' timers, and REFUNDING, AWAITING_REPLACEMENT and
     * the terminal states have no automatic outcome.
     */
    public static Optional<DeadlineRule> startedBy(CaseType type, CaseStatus status, InterventionStatus intervention,
            GoodsStage goods) {
        if (intervention.open()) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (status) {
            case REQUESTED -> new DeadlineRule(sellerAnswer(goods), Actor.SELLER, CaseAction.AUTO_AGREE);
            case SELLER_REFUSED -> new DeadlineRule(TimerId.T_REVISE, Actor.BUYER, CaseAction.AUTO_CLOSE);
            case AWAITING_RETURN -> new DeadlineRule(TimerId.T_RETURN, Actor.BUYER, CaseAction.AUTO_CLOSE);
            case RETURN_SHIPPED -> new DeadlineRule(TimerId.T_RECEIPT, Actor.SELLER,
                    type == CaseType.EXCHANGE ? CaseAction.AUTO_CONFIRM_RECEIPT : CaseAction.AUTO_REFUND);
            case REPLACEMENT_SHIPPED -> new DeadlineRule(TimerId.T_AUTOCONFIRM, Actor.BUYER, CaseAction.AUTO_COMPLETE);
            case REFUNDING, REFUNDED, CLOSED, AWAITING_REPLACEMENT, COMPLETED -> null;
        });
    }

    /**
     * Whether {@code action} leaves the running deadline as it was instead of starting its state's timer again: a
     * counter-proposal does not buy the seller time (the answer is still owed by the same deadline), so proposing
     * again and again cannot hold a request off.
     */
    public static boolean keptBy(CaseAction action) {
        return action == CaseAction.PROPOSE;
    }

    private static TimerId sellerAnswer(GoodsStage goods) {
        return switch (goods) {
            case UNSHIPPED -> TimerId.T_SELLER_UNSHIPPED;
            case IN_TRANSIT -> TimerId.T_SELLER_INTRANSIT;
            case RECEIVED -> TimerId.T_SELLER_RECEIVED;
        };
    }
}
