package io.redress.aftersale.internal;

import io.redress.aftersale.CaseEvent;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.CaseTransitioned;
import io.redress.deadlines.Deadline;
import io.redress.deadlines.Deadlines;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What every transition brings along, whoever made it (a party, a timer, the platform), inside the
 * transaction that stored it: on entering REFUNDING the refund decision (and with it the payout request), a
 * timeline row (showing that decision), the queue's copy of the deadline, and on closing, the release of the refund the case held in flight.
 */
@Component
class TransitionEffects {

    private final CaseTimeline timeline;
    private final CaseQueue queue;
    private final CaseReservations reservations;
    private final Deadlines deadlines;
    private final CaseDecisions decisions;

    TransitionEffects(CaseTimeline timeline, CaseQueue queue, CaseReservations reservations, Deadlines deadlines,
            CaseDecisions decisions) {
        this.timeline = timeline;
        this.queue = queue;
        this.reservations = reservations;
        this.deadlines = deadlines;
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
        queue.deadlineChanged(moved.caseId(), deadlines.find(moved.caseId()).map(Deadline::dueAt).orElse(null));
        if (moved.to() == CaseStatus.CLOSED) {
            reservations.releaseAll(moved.caseId(), moved.orderId());
        }
    }
}
