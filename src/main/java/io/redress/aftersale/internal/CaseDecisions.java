package io.redress.aftersale.internal;

import io.redress.aftersale.Case;
import io.redress.aftersale.CaseEvent;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.CaseTransitioned;
import io.redress.aftersale.Cases;
import io.redress.decisions.Decide;
import io.redress.decisions.RefundDecision;
import io.redress.decisions.RefundDecisions;
import io.redress.orders.Order;
import io.redress.orders.Orders;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The refund decision of a case, written by the transition into REFUNDING whatever made it (an agreement, a
 * timeout, a ruling): what the case holds — kept down to the agreed amount — frozen with its per-line funding,
 * instruments and quote under the case's id as refund reference, in the transition's transaction. Payments
 * requests the payout from it in the same transaction, the ledger posts it after commit.
 */
@Component
public class CaseDecisions {

    /** The timeline's name for the entry that shows a case's refund decision. */
    public static final String ACTION = "refund-decided";

    private final Cases cases;
    private final Orders orders;
    private final CaseReservations reservations;
    private final CaseAttention attention;
    private final RefundDecisions decisions;
    private final Clock clock;

    CaseDecisions(Cases cases, Orders orders, CaseReservations reservations, CaseAttention attention,
            RefundDecisions decisions, Clock clock) {
        this.cases = cases;
        this.orders = orders;
        this.reservations = reservations;
        this.attention = attention;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** Decides the refund of a case that has just entered REFUNDING. */
    void decide(CaseTransitioned moved) {
        Case c = cases.find(moved.caseId()).orElseThrow();
        Order order = orders.find(c.orderId()).orElse(null);
        if (order == null) {
            // Not a case intake opened (it checks the order): no money can be traced, so a person has to look.
            attention.raise(c, c.orderId(), "order " + c.orderId() + " is unknown; nothing was paid", clock.instant());
            return;
        }
        if (c.agreedAmount() != null) {
            reservations.reduceTo(c.caseId(), c.orderId(), c.agreedAmount());
        }
        decisions.decide(new Decide(c.caseId(), c.caseId(), order, reservations.held(c.caseId()), c.policyProfile(),
                c.policyVersion(), reservations.quote(c.caseId()).orElse(null), moved.actor().name(),
                moved.action().name(), why(moved, c)));
    }

    /** The decision that pays the case out (refund reference = case id), if one was made. */
    public java.util.Optional<RefundDecision> of(String caseId) {
        return decisions.byRef(caseId);
    }

    /**
     * The case's decisions as timeline entries, each right after the transition into REFUNDING that made it (the
     * k-th decision after the k-th such transition).
     */
    public List<CaseEvent> events(Case c, List<CaseEvent> transitions) {
        List<CaseEvent> into = transitions.stream()
                .filter(e -> e.to() == CaseStatus.REFUNDING && e.from() != CaseStatus.REFUNDING).toList();
        List<RefundDecision> made = decisions.ofCase(c.caseId());
        List<CaseEvent> events = new ArrayList<>(made.size());
        for (int k = 0; k < made.size() && k < into.size(); k++) {
            RefundDecision d = made.get(k);
            CaseEvent transition = into.get(k);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("decisionId", d.decisionId());
            details.put("decidedAmount", d.amount());
            details.put("sellerBears", d.funders().seller());
            details.put("platformSubsidy", d.funders().platformSubsidy());
            details.put("platformPoints", d.funders().platformPoints());
            events.add(new CaseEvent(transition.version(), d.decidedAt(), transition.actor(), null, ACTION,
                    CaseStatus.REFUNDING, CaseStatus.REFUNDING, transition.intervention(), d.reason(), details));
        }
        return events;
    }

    private static String why(CaseTransitioned moved, Case c) {
        if (moved.reason() != null && !moved.reason().isBlank()) {
            return moved.reason();
        }
        String amount = c.agreedAmount() == null ? "the requested " + c.requestedAmount()
                : c.agreedAmount() + " of the requested " + c.requestedAmount();
        return moved.actor() + " " + moved.action() + ": refund " + amount;
    }
}
