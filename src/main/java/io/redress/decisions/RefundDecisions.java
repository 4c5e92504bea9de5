package io.redress.decisions;

import io.redress.decisions.internal.DecisionRows;
import io.redress.shared.ConflictingState;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records refund decisions, once per refund reference, in the deciding transaction, and publishes
 * {@link RefundDecided} in it: payments records the payout request in the same transaction, the ledger posts after
 * it commits. A decision is never changed: deciding a reference again returns the decision when it asks for the
 * same money, and is refused otherwise.
 */
@Service
public class RefundDecisions {

    private final DecisionRows rows;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RefundDecisions(DecisionRows rows, ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.events = events;
        this.clock = clock;
    }

    /** Decides the refund; needs the caller's transaction, which the payout request joins. */
    @Transactional(propagation = Propagation.MANDATORY)
    public RefundDecision decide(Decide request) {
        RefundDecision decision = RefundDecision.of(request, "RD-" + UUID.randomUUID(), clock.instant());
        // inserted unless the reference was decided before (its unique key): then that decision stands, and a
        // request for other money is refused
        if (rows.insertIfAbsent(decision)) {
            events.publishEvent(new RefundDecided(decision));
            return decision;
        }
        RefundDecision made = rows.byRef(request.refundRef()).orElseThrow();
        if (!sameMoney(made, decision)) {
            throw new ConflictingState("refund " + request.refundRef() + " was already decided as "
                    + made.decisionId() + "; a decision is never changed");
        }
        return made;
    }

    /** The decision paid under {@code refundRef}. */
    public Optional<RefundDecision> byRef(String refundRef) {
        return rows.byRef(refundRef);
    }

    /** The decisions paid under {@code refundRefs}, by refund reference, in one read (one not decided is absent). */
    public Map<String, RefundDecision> byRefs(Collection<String> refundRefs) {
        return rows.byRefs(refundRefs);
    }

    /** The case's decisions, oldest first. */
    public List<RefundDecision> ofCase(String caseId) {
        return rows.ofCase(caseId);
    }

    /** The decisions made from {@code from} (inclusive) to {@code to} (exclusive), oldest first; for auditors. */
    public List<RefundDecision> decidedBetween(java.time.Instant from, java.time.Instant to) {
        return rows.decidedBetween(from, to);
    }

    private static boolean sameMoney(RefundDecision made, RefundDecision asked) {
        return made.amount() == asked.amount() && made.lines().equals(asked.lines())
                && made.instruments().equals(asked.instruments()) && made.funders().equals(asked.funders())
                && made.shippingAmount() == asked.shippingAmount() && made.caseId().equals(asked.caseId());
    }
}
