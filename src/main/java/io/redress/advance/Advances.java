package io.redress.advance;

import io.redress.advance.internal.AdvanceBook;
import io.redress.advance.internal.AdvanceRows;
import io.redress.aftersale.Cases;
import io.redress.orders.OrderLocks;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The platform's advances: what it paid first on a case or for a buyer, and the buyer paying one back. */
@Service
public class Advances {

    private final AdvanceRows rows;
    private final AdvanceBook book;
    private final Cases cases;
    private final OrderLocks orderLocks;

    Advances(AdvanceRows rows, AdvanceBook book, Cases cases, OrderLocks orderLocks) {
        this.rows = rows;
        this.book = book;
        this.cases = cases;
        this.orderLocks = orderLocks;
    }

    /** The advance on the case, if the platform made one. */
    @Transactional(readOnly = true)
    public Optional<Advance> of(String caseId) {
        return rows.find(caseId);
    }

    /** The buyer's advances, newest first. */
    @Transactional(readOnly = true)
    public List<Advance> ofBuyer(String buyerId) {
        return rows.ofBuyer(buyerId);
    }

    /**
     * The buyer paid back an advance being recovered from them (reported by whoever collects it): RECOVERED, and the
     * quota it held is released. False when the advance was not being recovered (a repeated report changes nothing).
     */
    @Transactional
    public boolean recovered(String caseId, String reportedBy) {
        return cases.find(caseId).map(c -> {
            orderLocks.lock(c.orderId());
            return book.recovered(caseId, reportedBy);
        }).orElse(false);
    }

    /**
     * Whoever collects gave up what the buyer owed on an advance being recovered (a write-off it booked itself):
     * WRITTEN_OFF, and the quota it held is released. False when the advance was not being recovered (a repeated
     * report changes nothing).
     */
    @Transactional
    public boolean recoveryWrittenOff(String caseId, String reportedBy, String reason) {
        return cases.find(caseId).map(c -> {
            orderLocks.lock(c.orderId());
            return book.recoveryWrittenOff(caseId, reportedBy, reason);
        }).orElse(false);
    }
}
