package io.redress.aftersale.internal;

import io.redress.aftersale.CaseEvent;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.CaseTransitioned;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What every transition brings along, whoever made it (a party, a timer, the platform), inside the
 * transaction that stored it: on entering REFUNDING the refund decision (and with it the payout request), a
 * timeline row (showing that decision), and on closing, the release of the refund the case held in flight.
 */
@Component
class TransitionEffects {

    private final CaseTimeline timeline;
    private final CaseReservations reservations;
    private final CaseDecisions decisions;

    TransitionEffects(CaseTimeline timeline, CaseReservations reservations, CaseDecisions decisions) {
        this.timeline = timeline;
        this.reservations = reservations;
        this.decisions = decisions;
    }

    @EventListener
    void on(CaseTransitioned moved) {
        Map<String, Object> details = Map.of();
        if (moved.to() == CaseStatus.REFUNDING && moved.from() != CaseStatus.REFUNDING) {
            details = decisions.decide(moved).map(CaseDecisions::details).orElse(Map.of());
        }
        timeline.record(moved.caseId(), new CaseEvent(moved.version(), moved.at(), moved.actor(), null,
                moved.action().path().orElse(moved.action().name()), moved.from(), moved.to(), moved.intervention(),
                null, details));
        if (moved.to() == CaseStatus.CLOSED) {
            reservations.releaseAll(moved.caseId(), moved.orderId());
        }
    }
}
