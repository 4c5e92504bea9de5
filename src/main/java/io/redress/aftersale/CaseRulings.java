package io.redress.aftersale;

import io.redress.aftersale.internal.CaseReservations;
import io.redress.aftersale.internal.CaseTimeline;
import io.redress.amounts.RefundQuote;
import io.redress.amounts.RefundQuotes;
import io.redress.orders.Order;
import io.redress.orders.OrderLocks;
import io.redress.policy.Policies;
import io.redress.shared.RuleViolation;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's decisions on a case, for the intervention module: the live refund maximum of a case and the
 * execution of a ruling (or an accepted settlement) through the transition table's {@code RULING_*} rows, with
 * the money the case holds on its order brought to the ruled amount in the same transaction; a ruling that pays
 * becomes the case's refund decision, its reasons the decision's why.
 */
@Service
public class CaseRulings {

    private final Cases cases;
    private final CaseLifecycle lifecycle;
    private final CaseReservations reservations;
    private final CaseTimeline timeline;
    private final CaseIntake intake;
    private final RefundQuotes quotes;
    private final Policies policies;
    private final OrderLocks orderLocks;

    CaseRulings(Cases cases, CaseLifecycle lifecycle, CaseReservations reservations, CaseTimeline timeline,
            CaseIntake intake, RefundQuotes quotes, Policies policies, OrderLocks orderLocks) {
        this.cases = cases;
        this.lifecycle = lifecycle;
        this.reservations = reservations;
        this.timeline = timeline;
        this.intake = intake;
        this.quotes = quotes;
        this.policies = policies;
        this.orderLocks = orderLocks;
    }

    /** What the case's lines could refund now under its policy version, counting what the case itself holds. */
    @Transactional(readOnly = true)
    public long liveMaximum(Case c) {
        long held = held(c.caseId());
        try {
            return liveQuote(c).maxRefundable() + held;
        } catch (RuleViolation noneLeft) {
            // the case itself holds every unit it covers (a one-unit line): what it holds is all there is to refund
            return held;
        }
    }

    /**
     * Applies {@code ruling} (a {@code RULING_*} action) by {@code actor} to the case at {@code basedOnVersion},
     * under the order's lock. A refund of {@code amount} (null: what the case requested) keeps that much of the
     * case's reservation, or reserves more against a fresh quote when the amount exceeds what it holds (422 above
     * the live maximum). {@code reasons} and {@code details} go on the timeline row of the transition, by
     * {@code user}.
     */
    @Transactional
    public Case execute(String caseId, Actor actor, CaseAction ruling, long basedOnVersion, Long amount,
            String user, String reasons, Map<String, Object> details) {
        Case unlocked = cases.find(caseId).orElseThrow(() -> new io.redress.shared.ResourceNotFound("case", caseId));
        orderLocks.lock(unlocked.orderId());
        Case current = cases.find(caseId).orElseThrow();
        if (current.version() != basedOnVersion) {
            throw new Cases.StaleCase(current);
        }
        long refund = amount == null ? current.requestedAmount() : amount;
        Decision decision = current.decide(actor, ruling);
        boolean paysNow = decision instanceof Decision.Allowed allowed && allowed.status() == CaseStatus.REFUNDING;
        if (paysNow && refund > held(caseId)) {
            reservations.releaseAll(caseId, current.orderId());
            RefundQuote quote = liveQuote(current);
            if (refund > quote.maxRefundable()) {
                throw CaseDesk.refused("amount", "exceeds what the case's lines can refund now, "
                        + quote.maxRefundable());
            }
            reservations.reserve(caseId, current.orderId(), quote, refund);
        }
        // Entering REFUNDING keeps the reservation down to the agreed amount and decides the refund, with the
        // ruling's reasons as its why.
        Case changed = lifecycle.act(caseId, actor, ruling, basedOnVersion,
                c -> paysNow ? c.withAgreedAmount(refund) : c, reasons);
        timeline.annotate(caseId, changed.version(), user, reasons, details);
        return changed;
    }

    private long held(String caseId) {
        var split = reservations.held(caseId);
        return split.lines().stream().mapToLong(l -> l.amount()).sum() + split.shippingAmount();
    }

    /** The live quote of the case's lines under its policy version: what a ruling or settlement may pay and why. */
    @Transactional(readOnly = true)
    public RefundQuote liveQuote(Case c) {
        Order order = quotes.order(c.orderId()).orElseThrow();
        var rules = policies.find(c.policyProfile(), c.policyVersion()).orElseThrow().rules().amountRules();
        return intake.quote(order, c.type(), c.reason(), c.lines(), rules, Locale.ENGLISH);
    }
}
