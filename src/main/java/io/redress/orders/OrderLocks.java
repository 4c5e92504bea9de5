package io.redress.orders;

import io.redress.shared.DeferredInserts;
import io.redress.shared.TransactionMemory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to serialise work on an order: whatever reads an order's refund totals or cases and then
 * changes them takes the order's row lock first, and holds it to the end of its transaction. The lock order
 * is order before case: a case's row is locked (or updated) only after its order's, so two transactions on
 * one order queue behind each other instead of deadlocking.
 */
@Service
public class OrderLocks {

    private static final String LOCK = "SELECT order_id FROM orders WHERE order_id = ? FOR UPDATE";

    private final JdbcClient jdbc;
    private final DeferredInserts heldLocks;
    private final TransactionMemory<String, Boolean> held = new TransactionMemory<>();

    OrderLocks(JdbcClient jdbc, DeferredInserts heldLocks) {
        this.jdbc = jdbc;
        this.heldLocks = heldLocks;
    }

    /**
     * Locks the order's row until the caller's transaction ends; a lock outside a transaction would end at once,
     * so there must be one. Throws IllegalArgumentException for an order that does not exist.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(String orderId) {
        if (!lockIfPresent(orderId)) {
            throw new IllegalArgumentException("no order " + orderId);
        }
    }

    /**
     * Locks the order's row as {@link #lock} does; false, and nothing locked, when there is no such order. A
     * transaction that already holds the lock takes it once: a row lock lasts until the transaction ends, so the
     * second statement would change nothing (an application locks the order for its intake, then again for its
     * reservation).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean lockIfPresent(String orderId) {
        if (held.knows(orderId)) {
            return true;
        }
        boolean present = jdbc.sql(LOCK).param(orderId).query(String.class).optional().isPresent();
        if (present) {
            held.put(orderId, Boolean.TRUE);
        }
        return present;
    }

    /**
     * Locks the order's row as {@link #lockIfPresent} does, but on PostgreSQL in the round trip of the transaction's
     * next statement, right before it, instead of a round trip of its own ({@link DeferredInserts#lock}): for a
     * caller whose next statement reads the order or what its lock protects, and who learns from that read whether
     * the order exists (an order that does not exist has no row to lock, and its read finds nothing). The lock is
     * taken before anything that statement reads, so the order before case lock order holds. Taken once per
     * transaction, as {@link #lockIfPresent} is.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockWithNextStatement(String orderId) {
        if (held.knows(orderId)) {
            return;
        }
        heldLocks.lock(LOCK, orderId);
        held.put(orderId, Boolean.TRUE);
    }
}
