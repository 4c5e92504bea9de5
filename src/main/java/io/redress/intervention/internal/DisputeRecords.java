package io.redress.intervention.internal;

import io.redress.aftersale.Case;
import io.redress.aftersale.CaseAction;
import io.redress.aftersale.CaseTransitioned;
import io.redress.aftersale.Cases;
import io.redress.aftersale.InterventionStatus;
import io.redress.intervention.Dossier;
import io.redress.intervention.InterventionEvent;
import io.redress.policy.TimerId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the dossier in step with the case moves made through the case actions, in the same transaction: an
 * escalation (or a refused receipt after the platform's advance) opens the dispute (the agents' time to accept starts), an appeal puts it before a senior agent
 * (their time to rule starts).
 */
@Component
class DisputeRecords {

    private final Cases cases;
    private final DossierStore store;
    private final DisputeTimers timers;
    private final ApplicationEventPublisher events;

    DisputeRecords(Cases cases, DossierStore store, DisputeTimers timers, ApplicationEventPublisher events) {
        this.cases = cases;
        this.store = store;
        this.timers = timers;
        this.events = events;
    }

    /**
     * A seller refusing the goods that came back after the platform advanced the refund asks for the platform's review
     * in the same action (docs/instant-refund.md): the case stays REFUNDED, the dispute opens as on an escalation.
     */
    private static boolean opensReview(CaseTransitioned moved) {
        return moved.action() == CaseAction.REFUSE_RECEIPT && moved.intervention() == InterventionStatus.REQUESTED;
    }

    @EventListener
    void on(CaseTransitioned moved) {
        if (moved.action() == CaseAction.ESCALATE || opensReview(moved)) {
            Case c = cases.find(moved.caseId()).orElseThrow();
            store.create(c.caseId(), c.orderId(), InterventionStatus.REQUESTED, moved.actor(), moved.at());
            store.status(c.caseId(), InterventionStatus.REQUESTED, moved.at(),
                    timers.dueAt(c, TimerId.T_ACCEPT, moved.at()), moved.at());
            events.publishEvent(new InterventionEvent.Requested(c.caseId(), moved.actor(), moved.at()));
        } else if (moved.action() == CaseAction.APPEAL) {
            Case c = cases.find(moved.caseId()).orElseThrow();
            Dossier d = store.find(c.caseId()).orElseThrow();
            store.appealIfNone(c.caseId(), moved.actor(), d.ruling().ruledBy(), moved.at());
            store.status(c.caseId(), InterventionStatus.SUPERVISOR_REVIEW, moved.at(),
                    timers.dueAt(c, TimerId.T_RULING, moved.at()), moved.at());
            timers.cancel(c.caseId(), "APPEAL");
        }
    }
}
