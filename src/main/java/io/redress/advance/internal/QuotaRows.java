package io.redress.advance.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each buyer's quota in use. Every change locks the buyer's row first ({@link #lock}) and holds the lock to the end of
 * the caller's transaction, so two instant refunds of one buyer, on different orders, take their turns.
 */
@Repository
class QuotaRows {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    QuotaRows(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Locks the buyer's row (made, at zero, in a transaction of its own if missing) and answers the quota in use. */
    long lock(String buyerId, Instant now) {
        if (read(buyerId) == null) {
            try {
                ownTransaction.executeWithoutResult(status -> jdbc.sql(
                                "INSERT INTO instant_refund_quota (buyer_id, used, updated_at) VALUES (?, 0, ?)")
                        .params(buyerId, now.atOffset(ZoneOffset.UTC)).update());
            } catch (DuplicateKeyException madeMeanwhile) {
                // another transaction made it first: the row is there to lock
            }
        }
        return jdbc.sql("SELECT used FROM instant_refund_quota WHERE buyer_id = ? FOR UPDATE").param(buyerId)
                .query(Long.class).single();
    }

    /** The quota in use without a lock (0 for a buyer never advanced anything). */
    long used(String buyerId) {
        Long used = read(buyerId);
        return used == null ? 0 : used;
    }

    /** Sets the quota in use of a buyer whose row the caller's transaction has locked. */
    void set(String buyerId, long used, Instant now) {
        jdbc.sql("UPDATE instant_refund_quota SET used = ?, updated_at = ? WHERE buyer_id = ?")
                .params(used, now.atOffset(ZoneOffset.UTC), buyerId).update();
    }

    private Long read(String buyerId) {
        return jdbc.sql("SELECT used FROM instant_refund_quota WHERE buyer_id = ?").param(buyerId)
                .query(Long.class).optional().orElse(null);
    }
}
