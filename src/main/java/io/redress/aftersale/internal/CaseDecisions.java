package io.redress.aftersale.internal;

import io.redress.aftersale.Case;
import io.redress.aftersale.CaseTransitioned;
import io.redress.aftersale.Cases;
import io.redress.decisions.Decide;
import io.redress.decisions.RefundDecision;
import io.redress.decisions.RefundDecisions;
import io.redress.orders.Order;
import io.redress.orders.Orders;
import io.redress.orders.RefundSplit;
import io.redress.shared.TransactionMemory;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The refund decision of a case, written by the transition into REFUNDING whatever made it (an agreement, a
 * timeout, a ruling): what the case holds — kept down to the agreed amount — frozen with its per-line funding,
 * instruments and quote under the case's id as refund reference, in the transition's transaction. Payments
 * requests the payout from it in the same transaction, the ledger posts it after commit.
 */
@Component
public class CaseDecisions {

    private static final int MAX_REASON = 2000;

    private final Cases cases;
    private final Orders orders;
    private final CaseReservations reservations;
    private final CaseAttention attention;
    private final RefundDecisions decisions;
    private final Clock clock;

    /** The cases this transaction decided. */
    private final TransactionMemory<String, Boolean> decidedHere = new TransactionMemory<>();

    CaseDecisions(Cases cases, Orders orders, CaseReservations reservations, CaseAttention attention,
            RefundDecisions decisions, Clock clock) {
        this.cases = cases;
        this.orders = orders;
        this.reservations = reservations;
        this.attention = attention;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** Decides the refund of a case that has just entered REFUNDING; empty when its order is unknown. */
    Optional<RefundDecision> decide(CaseTransitioned moved) {
        Case c = cases.find(moved.caseId()).orElseThrow();
        decidedHere.put(c.caseId(), Boolean.TRUE);
        Order order = orders.find(c.orderId()).orElse(null);
        if (order == null) {
            // Not a case intake opened (it checks the order): no money can be traced, so a person has to look.
            attention.raise(c, c.orderId(), "order " + c.orderId() + " is unknown; nothing was paid", clock.instant());
            return Optional.empty();
        }
        RefundSplit held = c.agreedAmount() != null ? reservations.reduceTo(c.caseId(), c.orderId(), c.agreedAmount())
                : reservations.held(c.caseId());
        return Optional.of(decisions.decide(new Decide(c.caseId(), c.caseId(), order, held,
                c.policyProfile(), c.policyVersion(), reservations.quote(c.caseId()).orElse(null),
                moved.actor().name(), moved.action().name(), why(moved, c))));
    }

    /**
     * The decision that pays the case out (refund reference = case id), if one was made. A case this transaction
     * added has none unless {@link #decide} made it here, which the decisions remember.
     */
    public Optional<RefundDecision> of(String caseId) {
        if (cases.addedHere(caseId) && !decidedHere.knows(caseId)) {
            return Optional.empty();
        }
        return decisions.byRef(caseId);
    }

    /** The decisions that pay {@code caseIds} out, by case id, in one read (a case not decided is absent). */
    public Map<String, RefundDecision> of(Collection<String> caseIds) {
        return decisions.byRefs(caseIds);
    }

    /** What the timeline row of the transition that decided shows of the decision. */
    static Map<String, Object> details(RefundDecision d) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("decisionId", d.decisionId());
        details.put("decidedAmount", d.amount());
        details.put("sellerBears", d.funders().seller());
        details.put("platformSubsidy", d.funders().platformSubsidy());
        details.put("platformPoints", d.funders().platformPoints());
        if (d.reason() != null) {
            details.put("decisionReason", d.reason());
        }
        return details;
    }

    /** The reason given with the transition (at most what refund_decision.reason holds), else what was agreed. */
    private static String why(CaseTransitioned moved, Case c) {
        if (moved.reason() != null && !moved.reason().isBlank()) {
            return moved.reason().length() <= MAX_REASON ? moved.reason() : moved.reason().substring(0, MAX_REASON);
        }
        String amount = c.agreedAmount() == null ? "the requested " + c.requestedAmount()
                : c.agreedAmount() + " of the requested " + c.requestedAmount();
        return moved.actor() + " " + moved.action() + ": refund " + amount;
    }
}
