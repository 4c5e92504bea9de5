package io.redress.advance.internal;

import io.redress.aftersale.CaseAction;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.CaseTransitioned;
import io.redress.intervention.FaultParty;
import io.redress.intervention.InterventionEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the seller's answers and the platform's rulings on a refunded case do to its advance, in the transaction of
 * the case action (which holds the order's lock): agreeing or confirming receipt settles it against the seller,
 * refusing receipt puts it under review, and the review's ruling settles it (for the buyer), recovers it from the
 * buyer (for the seller, the buyer at fault) or leaves it to the platform. On a case without a disputed advance
 * nothing happens: each move is taken only from the status it leaves.
 */
@Component
class AdvanceAnswers {

    private final AdvanceBook book;

    AdvanceAnswers(AdvanceBook book) {
        this.book = book;
    }

    @EventListener
    void on(CaseTransitioned moved) {
        if (moved.from() != CaseStatus.REFUNDED || moved.to() != CaseStatus.REFUNDED) {
            return;
        }
        CaseAction action = moved.action();
        if (action == CaseAction.AGREE || action == CaseAction.CONFIRM_RECEIPT) {
            book.settle(moved.caseId(), moved.actor().name(), "the seller " + (action == CaseAction.AGREE
                    ? "agreed to the instant refund" : "confirmed receipt of the returned goods"));
        } else if (action == CaseAction.REFUSE_RECEIPT) {
            book.disputed(moved.caseId(), "the seller refused the returned goods; the platform reviews");
        }
    }

    /** Both parties accepted the agent's settlement of the full amount: the seller bears the advance. */
    @EventListener
    void on(InterventionEvent.Settled settled) {
        book.settle(settled.caseId(), "AGENT", "settlement of " + settled.amount() + " accepted by both parties");
    }

    /**
     * The review of a disputed advance: a ruling for the buyer settles it against the seller; a ruling for the seller
     * recovers it from the buyer when the buyer is found at fault, and otherwise (the carrier, nobody) the platform
     * bears it. Published with the ruling's case move, in its transaction.
     */
    @EventListener
    void on(InterventionEvent.Ruled ruled) {
        String by = ruled.ruledBy();
        if (ruled.outcome().forBuyer()) {
            book.settle(ruled.caseId(), "AGENT", "ruled " + ruled.outcome() + " (" + by + "): the seller bears it");
        } else if (ruled.faultParty() == FaultParty.BUYER) {
            book.recover(ruled.caseId(), "AGENT", "ruled for the seller (" + by + "), the buyer at fault");
        } else {
            book.writeOff(ruled.caseId(), "AGENT", "ruled for the seller (" + by + "), fault " + ruled.faultParty()
                    + ": the platform bears it");
        }
    }
}
