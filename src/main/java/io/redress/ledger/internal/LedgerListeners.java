package io.redress.ledger.internal;

import io.redress.ledger.Ledger;
import io.redress.ledger.Postings;
import io.redress.ledger.RulingCorrection;
import io.redress.orders.OrderReceived;
import io.redress.orders.Orders;
import io.redress.payments.RefundLegSucceeded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Posts what other modules report: the capture of a new order and each refund leg the PSP paid.
 * A listener that throws leaves its event publication incomplete, so nothing is lost, only delayed.
 */
@Component
class LedgerListeners {

    private final Ledger ledger;
    private final LedgerJournal journal;
    private final Orders orders;

    LedgerListeners(Ledger ledger, LedgerJournal journal, Orders orders) {
        this.ledger = ledger;
        this.journal = journal;
        this.orders = orders;
    }

    @ApplicationModuleListener
    void on(OrderReceived received) {
        ledger.capture(orders.find(received.orderId())
                .orElseThrow(() -> new IllegalStateException("order " + received.orderId() + " is unknown")));
    }

    @ApplicationModuleListener
    void on(RefundLegSucceeded paid) {
        String buyerId = journal.captured(paid.orderId()).buyerId();
        ledger.post(Postings.refundPaid(paid.externalKey(), paid.orderId(), buyerId, paid.currency(), paid.amount()));
    }

    /** An overturned ruling's compensation or recovery, posted once per reference. */
    @ApplicationModuleListener
    void on(RulingCorrection correction) {
        ledger.post(Postings.rulingCorrection(correction));
    }
}
