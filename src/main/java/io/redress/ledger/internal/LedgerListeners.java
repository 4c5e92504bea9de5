package io.redress.ledger.internal;

import io.redress.ledger.Ledger;
import io.redress.ledger.Postings;
import io.redress.orders.Order;
import io.redress.orders.OrderReceived;
import io.redress.orders.Orders;
import io.redress.payments.RefundLegSucceeded;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Posts what other modules report: the capture of a new order and each refund leg the PSP paid.
 * A listener that throws leaves its event publication incomplete, so nothing is lost, only delayed.
 */
@Component
class LedgerListeners {

    private final Ledger ledger;
    private final JournalRows rows;
    private final ObjectProvider<Orders> orders;

    LedgerListeners(Ledger ledger, JournalRows rows, ObjectProvider<Orders> orders) {
        this.ledger = ledger;
        this.rows = rows;
        this.orders = orders;
    }

    @ApplicationModuleListener
    void on(OrderReceived received) {
        ledger.capture(order(received.orderId()));
    }

    @ApplicationModuleListener
    void on(RefundLegSucceeded paid) {
        String buyerId = rows.lockOrder(paid.orderId()).map(JournalRows.LedgerOrder::buyerId).orElseGet(() -> {
            Order order = order(paid.orderId());
            ledger.capture(order);
            return order.buyerId();
        });
        ledger.post(Postings.refundPaid(paid.externalKey(), paid.orderId(), buyerId, paid.currency(), paid.amount()));
    }

    private Order order(String orderId) {
        Orders source = orders.getIfAvailable();
        if (source == null) {
            throw new IllegalStateException("no Orders implementation to read order " + orderId + " from");
        }
        return source.find(orderId).orElseThrow(() -> new IllegalStateException("order " + orderId + " is unknown"));
    }
}
