package io.redress.aftersale;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An after-sale case: one buyer's request about lines of one order, where it stands, and the policy
 * version it runs under ({@code timerCategory}, e.g. "virtual", picks that version's category overrides), and
 * where the goods go back once a return was agreed ({@code returnAddress}, null before). Immutable; every change is
 * a new value made by {@link #after} from a decision of the transition table, stored with the version it was based
 * on.
 */
public record Case(String caseId, String orderId, String buyerId, String shopId, CaseType type, CaseReason reason,
        CaseStatus status, InterventionStatus intervention, CloseReason closeReason, GoodsStage goods,
        String timerCategory, String currency, long requestedAmount, Long agreedAmount, long refundedAmount, List<CaseLine> lines,
        ReturnAddress returnAddress, String policyProfile, int policyVersion, long version, Instant createdAt, Instant updatedAt) {

    public Case {
        lines = lines.stream().sorted(java.util.Comparator.comparing(CaseLine::lineId)).toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a case covers at least one order line");
        }
        if (requestedAmount < 0 || refundedAmount < 0 || (agreedAmount != null && agreedAmount < 0)) {
            throw new IllegalArgumentException("case amounts cannot be negative");
        }
        if ((status == CaseStatus.CLOSED) != (closeReason != null)) {
            throw new IllegalArgumentException("a closed case, and only a closed one, has a close reason");
        }
    }

    /** A new case as the buyer applied: REQUESTED, no intervention, version 1. */
    public static Case requested(String caseId, String orderId, String buyerId, String shopId, CaseType type,
            CaseReason reason, GoodsStage goods, String timerCategory, String currency, long requestedAmount,
            List<CaseLine> lines, String policyProfile, int policyVersion, Instant at) {
        return new Case(caseId, orderId, buyerId, shopId, type, reason, CaseStatus.REQUESTED, InterventionStatus.NONE,
                null, goods, timerCategory, currency, requestedAmount, null, 0, lines, null, policyProfile, policyVersion, 1, at, at);
    }

    /** What {@code actor} may do on this case now. */
    public Set<CaseAction> allowedActions(Actor actor) {
        return CaseTransitions.allowedActions(type, status, intervention, actor);
    }

    /** Asks the transition table whether {@code actor} may apply {@code action} now. */
    public Decision decide(Actor actor, CaseAction action) {
        return CaseTransitions.decide(type, status, intervention, actor, action);
    }

    /**
     * The case after an allowed transition, one version later. A row that leaves a closed case closed (an appeal of
     * a ruling for the seller) keeps the reason it closed for.
     */
    public Case after(Decision.Allowed decision, Instant at) {
        CloseReason closedFor = decision.closeReason() != null ? decision.closeReason()
                : decision.status() == CaseStatus.CLOSED ? closeReason : null;
        return new Case(caseId, orderId, buyerId, shopId, type, reason, decision.status(), decision.intervention(),
                closedFor, goods, timerCategory, currency, requestedAmount, agreedAmount, refundedAmount, lines,
                returnAddress, policyProfile, policyVersion, version + 1, createdAt, at);
    }

    /** The case one version later with the platform dispute at {@code next}; the status stays. */
    public Case withIntervention(InterventionStatus next, Instant at) {
        return new Case(caseId, orderId, buyerId, shopId, type, reason, status, next, closeReason, goods,
                timerCategory, currency, requestedAmount, agreedAmount, refundedAmount, lines, returnAddress, policyProfile,
                policyVersion, version + 1, createdAt, at);
    }

    /** The same version with the amount the seller agreed to refund. */
    public Case withAgreedAmount(long amount) {
        return new Case(caseId, orderId, buyerId, shopId, type, reason, status, intervention, closeReason, goods,
                timerCategory, currency, requestedAmount, amount, refundedAmount, lines, returnAddress, policyProfile, policyVersion,
                version, createdAt, updatedAt);
    }

    /** The same version with {@code amount} paid back to the buyer in all. */
    public Case withRefundedAmount(long amount) {
        return new Case(caseId, orderId, buyerId, shopId, type, reason, status, intervention, closeReason, goods,
                timerCategory, currency, requestedAmount, agreedAmount, amount, lines, returnAddress, policyProfile, policyVersion,
                version, createdAt, updatedAt);
    }

    /** Where the buyer sends the goods, and who set it: the seller on agreeing, or the system for a silent seller. */
    public record ReturnAddress(String address, boolean bySystem) {
    }

    /** The same version with the address the goods go back to. */
    public Case withReturnAddress(ReturnAddress address) {
        return new Case(caseId, orderId, buyerId, shopId, type, reason, status, intervention, closeReason, goods,
                timerCategory, currency, requestedAmount, agreedAmount, refundedAmount, lines, address, policyProfile,
                policyVersion, version, createdAt, updatedAt);
    }

    /** The same version with the buyer's revised reason and amount; an earlier agreement no longer holds. */
    public Case revised(CaseReason newReason, long newRequestedAmount) {
        return new Case(caseId, orderId, buyerId, shopId, type, newReason, status, intervention, closeReason, goods,
                timerCategory, currency, newRequestedAmount, null, refundedAmount, lines, returnAddress, policyProfile, policyVersion,
                version, createdAt, updatedAt);
    }

    /** The deadline this case's state runs, if any. */
    public java.util.Optional<DeadlineRule> deadline() {
        return CaseDeadlines.startedBy(type, status, intervention, goods);
    }
}
