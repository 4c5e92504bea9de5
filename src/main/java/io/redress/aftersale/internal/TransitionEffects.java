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
 * transaction that stored it: a timeline row, the queue's copy of the deadline, on entering REFUNDING the refund
 * decision (and with it the payout request), and on closing, the release of the refund the case held in flight.
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
        timeline.record(moved.caseId(), new CaseEvent(moved.version(), moved.at(), moved.actor(), null,
                moved.action().path().orElse(moved.action().name()), moved.from(), moved.to(), moved.intervention(),
                null, Map.of()));
        queue.deadlineChanged(moved.caseId(), deadlines.find(moved.caseId()).map(Deadline::dueAt).orElse(null));
        if (moved.to() == CaseStatus.REFUNDING && moved.from() != CaseStatus.REFUNDING) {
            decisions.decide(moved);
        }
        if (moved.to() == CaseStatus.CLOSED) {
            reservations.releaseAll(moved.caseId(), moved.orderId());
        }
    }
}
