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
 * transaction that stored it: a timeline row, the queue's copy of the deadline, and on closing, the release of
 * the refund the case held in flight.
 */
@Component
class TransitionEffects {

    private final CaseTimeline timeline;
    private final CaseQueue queue;
    private final CaseReservations reservations;
    private final Deadlines deadlines;

    TransitionEffects(CaseTimeline timeline, CaseQueue queue, CaseReservations reservations, Deadlines deadlines) {
        this.timeline = timeline;
        this.queue = queue;
        this.reservations = reservations;
        this.deadlines = deadlines;
    }

    @EventListener
    void on(CaseTransitioned moved) {
        timeline.record(moved.caseId(), new CaseEvent(moved.version(), moved.at(), moved.actor(), null,
                moved.action().path().orElse(moved.action().name()), moved.from(), moved.to(), moved.intervention(),
                null, Map.of()));
        queue.deadlineChanged(moved.caseId(), deadlines.find(moved.caseId()).map(Deadline::dueAt).orElse(null));
        if (moved.to() == CaseStatus.CLOSED) {
            reservations.releaseAll(moved.caseId(), moved.orderId());
        }
    }
}
