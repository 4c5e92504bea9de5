package io.redress.aftersale;

import io.redress.aftersale.internal.CaseProposals;
import io.redress.aftersale.internal.CaseReservations;
import io.redress.amounts.AmountRules;
import io.redress.amounts.RefundQuotes;
import io.redress.orders.Order;
import io.redress.orders.RefundSplit;
import io.redress.policy.Policies;
import java.time.Clock;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The seller's counter-proposal (协商) and the buyer's answer. A proposal leaves the case REQUESTED
 * with the seller's answer time running as before; accepting executes it like an agreement on its terms (in
 * {@link CaseDesk}); rejecting leaves the request refused, for the buyer to revise or bring to the platform.
 * Callers hold the order's lock.
 */
@Service
class Negotiation {

    private final CaseLifecycle lifecycle;
    private final CaseProposals proposals;
    private final CaseReservations reservations;
    private final RefundQuotes quotes;
    private final Policies policies;
    private final CaseIntake intake;
    private final Clock clock;

    Negotiation(CaseLifecycle lifecycle, CaseProposals proposals, CaseReservations reservations, RefundQuotes quotes,
            Policies policies, CaseIntake intake, Clock clock) {
        this.lifecycle = lifecycle;
        this.proposals = proposals;
        this.reservations = reservations;
        this.quotes = quotes;
        this.policies = policies;
        this.intake = intake;
        this.clock = clock;
    }

    Optional<CaseProposal> pending(String caseId) {
        return proposals.pending(caseId);
    }

    /** As {@link #pending(String)}, for an action on the case ({@link CaseProposals#pendingForAction}). */
    Optional<CaseProposal> pendingForAction(String caseId) {
        return proposals.pendingForAction(caseId);
    }

    /** The pending proposals of {@code caseIds} by case id, in one read. */
    Map<String, CaseProposal> pending(Collection<String> caseIds) {
        return proposals.pending(caseIds);
    }

    /** 422 naming amount unless it is at least 1 fen and at most both the amount requested and the live quote. */
    Case propose(Case current, Actor actor, CaseCommand.Propose command, String user, Locale locale) {
        if (command.amount() != null) {
            long amount = command.amount();
            if (amount < 1) {
                throw CaseDesk.refused("amount", "must be at least 1 fen; refuse the request to pay nothing")
                        .with("code", "amount.below-one");
            }
            if (amount > current.requestedAmount()) {
                throw CaseDesk.refused("amount", "exceeds the requested amount, " + current.requestedAmount())
                        .with("code", "amount.above-requested").with("limit", current.requestedAmount());
            }
            long live = liveQuote(current, locale);
            if (amount > live) {
                throw CaseDesk.refused("amount", "exceeds the most refundable now, " + live)
                        .with("code", "amount.above-quote").with("limit", live);
            }
        }
        Case changed = lifecycle.act(current.caseId(), actor, CaseAction.PROPOSE, command.version());
        proposals.add(new CaseProposal(current.caseId(), changed.version(), command.amount(), command.returnAddress(),
                user, clock.instant(), CaseProposal.State.PENDING, null));
        return changed;
    }

    /** The buyer turns the pending proposal down: the request stands refused (T_REVISE runs). */
    Case reject(Case current, Actor actor, CaseCommand.RejectProposal command) {
        Case changed = lifecycle.act(current.caseId(), actor, CaseAction.REJECT_PROPOSAL, command.version());
        proposals.end(current.caseId(), CaseProposal.State.REJECTED, clock.instant());
        return changed;
    }

    /** Marks the pending proposal accepted (the caller executed it). */
    void accepted(String caseId) {
        proposals.end(caseId, CaseProposal.State.ACCEPTED, clock.instant());
    }

    /**
     * The most the case's lines could refund now under its policy version, counting what the case itself holds as
     * available: the hold is given back for the quote and taken again unchanged, all in the caller's transaction.
     */
    private long liveQuote(Case current, Locale locale) {
        RefundSplit held = reservations.held(current.caseId());
        reservations.releaseAll(current.caseId(), current.orderId());
        Order order = quotes.order(current.orderId()).orElseThrow();
        AmountRules rules = policies.find(current.policyProfile(), current.policyVersion()).orElseThrow()
                .rules().amountRules();
        long live = intake.quote(order, current.type(), current.reason(), current.lines(), rules, locale)
                .maxRefundable();
        reservations.reserve(current.caseId(), current.orderId(), held);
        return live;
    }
}
