package io.redress.advance.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each buyer's quota in use. Every change locks the buyer's row first ({@link #lock}) and holds the lock to the end of
 * the caller's transaction, so two instant refunds of one buyer, on different orders, take their turns.
 */
@Repository
class QuotaRows {

    private final JdbcClient jdbc;

    QuotaRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the buyer's row (made at zero if missing) and answers the quota in use. A missing row is made in the
     * caller's transaction, where a second transaction making it at once waits for the first and then finds it: not
     * in a transaction of its own, which would hold a second pooled connection while the caller's waits.
     */
    long lock(String buyerId, Instant now) {
        if (read(buyerId) == null) {
            jdbc.sql("INSERT INTO instant_refund_quota (buyer_id, used, updated_at) VALUES (?, 0, ?) ON CONFLICT DO NOTHING")
                    .params(buyerId, now.atOffset(ZoneOffset.UTC)).update();
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
