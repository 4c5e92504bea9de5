package io.redress.advance.internal;

import io.redress.aftersale.Cases;
import io.redress.deadlines.DeadlineExpired;
import io.redress.orders.OrderLocks;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The seller stayed silent past its time to answer an advance: settled against the seller as SYSTEM, under the order's
 * lock. Redelivery and an answer given meanwhile are harmless: only an advance still ADVANCED settles.
 */
@Component
class AdvanceExpiries {

    static final String SETTLE = "SETTLE_ADVANCE";

    private final AdvanceBook book;
    private final Cases cases;
    private final OrderLocks orderLocks;

    AdvanceExpiries(AdvanceBook book, Cases cases, OrderLocks orderLocks) {
        this.book = book;
        this.cases = cases;
        this.orderLocks = orderLocks;
    }

    // the condition is checked before the event registry stores a publication: other subjects' expiries cost nothing here
    @ApplicationModuleListener(condition = "#p0.caseId().startsWith('advance:')")
    void on(DeadlineExpired expired) {
        if (!expired.caseId().startsWith(AdvanceBook.SUBJECT) || !SETTLE.equals(expired.onExpiry())) {
            return;
        }
        String caseId = expired.caseId().substring(AdvanceBook.SUBJECT.length());
        cases.find(caseId).ifPresent(c -> {
            orderLocks.lock(c.orderId());
            book.settle(caseId, "SYSTEM", "the seller did not answer by " + expired.dueAt() + " (" + expired.timerId()
                    + "): settled against the seller");
        });
    }
}
