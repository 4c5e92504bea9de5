package io.redress.ledger.internal;

import io.redress.decisions.RefundDecided;
import io.redress.decisions.RefundDecision;
import io.redress.ledger.Account;
import io.redress.ledger.AdvanceRepayment;
import io.redress.ledger.Ledger;
import io.redress.ledger.Postings;
import io.redress.ledger.RulingCorrection;
import io.redress.ledger.RefundFunding;
import io.redress.orders.OrderReceived;
import io.redress.payments.RefundLegRecorded;
import io.redress.payments.RefundLegSucceeded;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Posts what other modules report: the capture of a new order, each refund decided and each refund leg the PSP paid.
 * These are posted in the transaction that stored the order, decided the refund or recorded the leg: the fact and its
 * entry commit together or not at all, and none costs a registry row, a claim, a completion and a transaction of its
 * own. The other postings run after their transaction; a listener that throws leaves its event publication
 * incomplete, so nothing is lost, only delayed.
 */
@Component
class LedgerListeners {

    private final Ledger ledger;
    private final LedgerJournal journal;

    LedgerListeners(Ledger ledger, LedgerJournal journal) {
        this.ledger = ledger;
        this.journal = journal;
    }

    /** Posted in the transaction that stored the order, from the order as stored. */
    @EventListener
    void on(OrderReceived received) {
        journal.captureReceived(received.order());
    }

    /**
     * A decided refund: the seller gives back its share and the platform its parts, from the decision alone; a refund
     * the platform advanced is owed to the buyer out of PLATFORM_ADVANCE until the seller or the buyer repays it.
     * Posted in the deciding transaction (an order whose capture is still queued is captured first).
     */
    @EventListener
    void on(RefundDecided decided) {
        RefundDecision decision = decided.decision();
        if (RefundFunding.advancedByPlatform(decision)) {
            ledger.post(Postings.advance(decision.refundRef(), decision.orderId(), decision.buyerId(),
                    decision.currency(), decision.amount()));
        } else if (!RefundFunding.movesNothing(decision)) {
            ledger.refund(decision.refundRef(), RefundFunding.of(decision));
        }
    }

    /**
     * An advance made good: by the seller as its refund would have been funded, by the buyer as a receivable, or
     * borne by the platform as an expense.
     */
    @ApplicationModuleListener
    void on(AdvanceRepayment repayment) {
        RefundFunding funding = repayment.funding();
        if (repayment.by() == AdvanceRepayment.By.SELLER) {
            ledger.settleAdvance(repayment.refundRef(), funding);
        } else {
            Account from = repayment.by() == AdvanceRepayment.By.BUYER ? Account.buyerReceivable(funding.buyerId())
                    : Account.PLATFORM_COMPENSATION;
            ledger.post(Postings.advanceRecovered(repayment.refundRef(), funding.orderId(), funding.currency(), from,
                    funding.cashAmount()));
        }
    }

    /**
     * A paid leg, posted in the transaction that records the PSP's answer. Should the posting fail, that transaction
     * fails with it and payments records the leg again with the posting deferred (below): recording what the PSP did
     * never fails with the books.
     */
    @EventListener(condition = "!#p0.deferred()")
    void postedWithTheLeg(RefundLegRecorded recorded) {
        post(recorded.leg());
    }

    /**
     * A posting that failed in the transaction recording the leg, through the registry after that commit; one that
     * fails again stays queued and reconciliation shows the leg NOT_POSTED.
     */
    @ApplicationModuleListener(condition = "#p0.deferred()")
    void on(RefundLegRecorded deferred) {
        post(deferred.leg());
    }

    void post(RefundLegSucceeded paid) {
        String buyerId = journal.captured(paid.orderId()).buyerId();
        ledger.post(Postings.refundPaid(paid.externalKey(), paid.orderId(), buyerId, paid.currency(), paid.amount()));
    }

    /** An overturned ruling's compensation or recovery, posted once per reference. */
    @ApplicationModuleListener
    void on(RulingCorrection correction) {
        ledger.post(Postings.rulingCorrection(correction));
    }
}
