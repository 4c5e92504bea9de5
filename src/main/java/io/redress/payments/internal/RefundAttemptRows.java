package io.redress.payments.internal;

import io.redress.payments.RefundAttempt;
import io.redress.payments.RefundStatus;
import io.redress.shared.Databases;
import io.redress.shared.DeferredInserts;
import io.redress.shared.TransactionMemory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for refund requests and attempts. Status changes are compare-and-set: final statuses never change. */
@Repository
class RefundAttemptRows {

    private static final String OPEN = "('REQUESTED', 'UNKNOWN', 'PENDING')";
    private static final String INSERT_REQUEST = """
            INSERT INTO refund_request (refund_ref, order_id, currency, total_amount, created_at)
            VALUES (?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final DeferredInserts inserts;

    /** PostgreSQL: a paid leg's statement also locks its request ({@link #recordPaid}). */
    private final boolean lockWithTheLeg;
    /** The requests this transaction locked with a paid leg. */
    private final TransactionMemory<String, Boolean> lockedRequests = new TransactionMemory<>();

    RefundAttemptRows(JdbcClient jdbc, DeferredInserts inserts, DataSource dataSource) {
        this.jdbc = jdbc;
        this.inserts = inserts;
        this.lockWithTheLeg = Databases.isPostgreSql(dataSource);
    }

    /** Inserts the request unless it exists; true when this call created it. */
    boolean insertRequest(String refundRef, String orderId, Currency currency, long total, Instant now) {
        return jdbc.sql(INSERT_REQUEST + " ON CONFLICT DO NOTHING")
                .params(refundRef, orderId, currency.getCurrencyCode(), total, at(now))
                .update() == 1;
    }

    /** Inserts a request nothing was requested under before (a new key: the transaction fails if it is not). */
    void insertNewRequest(String refundRef, String orderId, Currency currency, long total, Instant now) {
        inserts.insert(INSERT_REQUEST, refundRef, orderId, currency.getCurrencyCode(), total, at(now));
    }

    void insertAttempt(RefundAttempt a) {
        inserts.insert("""
                INSERT INTO refund_attempt (external_key, refund_ref, leg_no, order_id, payment_id, psp_reference,
                    amount, currency, status, next_check_at, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                a.externalKey(), a.refundRef(), a.legNo(), a.orderId(), a.paymentId(), a.pspReference(),
                a.amount(), a.currency().getCurrencyCode(), a.status().name(), at(a.nextCheckAt()),
                at(a.createdAt()), at(a.updatedAt()));
    }

    List<RefundAttempt> ofRefund(String refundRef) {
        return jdbc.sql("SELECT * FROM refund_attempt WHERE refund_ref = ? ORDER BY leg_no")
                .param(refundRef).query(RefundAttemptRows::map).list();
    }

    Optional<RefundAttempt> find(String externalKey) {
        return jdbc.sql("SELECT * FROM refund_attempt WHERE external_key = ?")
                .param(externalKey).query(RefundAttemptRows::map).optional();
    }

    List<RefundAttempt> all() {
        return jdbc.sql("SELECT * FROM refund_attempt ORDER BY created_at, external_key")
                .query(RefundAttemptRows::map).list();
    }

    List<RefundAttempt> needingAttention() {
        return jdbc.sql("SELECT * FROM refund_attempt WHERE parked = TRUE OR status = 'FAILED' ORDER BY updated_at")
                .query(RefundAttemptRows::map).list();
    }

    List<RefundAttempt> due(Instant now, int limit) {
        return jdbc.sql("SELECT * FROM refund_attempt WHERE status IN " + OPEN
                        + " AND parked = FALSE AND next_check_at <= ? ORDER BY next_check_at LIMIT ?")
                .params(at(now), limit).query(RefundAttemptRows::map).list();
    }

    /**
     * After a start: every open attempt last touched before {@code startedAt} becomes due now. Its sender, its
     * check or the callback that would have settled it may have died with the previous process.
     */
    int makeDueAfterStart(Instant startedAt, Instant now) {
        return jdbc.sql("UPDATE refund_attempt SET next_check_at = ? WHERE status IN " + OPEN
                        + " AND parked = FALSE AND updated_at < ? AND next_check_at > ?")
                .params(at(now), at(startedAt), at(now)).update();
    }

    /** Claims a REQUESTED attempt for its first call: it becomes UNKNOWN until the PSP answers. */
    boolean claimFirstSend(String key, Instant now, Instant nextCheck) {
        return jdbc.sql("""
                UPDATE refund_attempt SET status = 'UNKNOWN', attempts = attempts + 1, checks = 0,
                    next_check_at = ?, updated_at = ?
                WHERE external_key = ? AND status = 'REQUESTED' AND parked = FALSE""")
                .params(at(nextCheck), at(now), key).update() == 1;
    }

    /** Claims a due check; the check count acts as the version so only one node performs it. */
    boolean claimCheck(RefundAttempt seen, Instant now, Instant nextCheck) {
        return jdbc.sql("""
                UPDATE refund_attempt SET checks = checks + 1, next_check_at = ?, updated_at = ?
                WHERE external_key = ? AND status = ? AND checks = ? AND parked = FALSE""")
                .params(at(nextCheck), at(now), seen.externalKey(), seen.status().name(), seen.checks())
                .update() == 1;
    }

    void countResend(String key, Instant now) {
        jdbc.sql("UPDATE refund_attempt SET attempts = attempts + 1, updated_at = ? WHERE external_key = ?")
                .params(at(now), key).update();
    }

    /** Moves an open attempt to a final status; false when it was already final. */
    boolean finish(String key, RefundStatus status, String pspRefundId, String error, Instant now) {
        return jdbc.sql("UPDATE refund_attempt SET status = ?, psp_refund_id = COALESCE(?, psp_refund_id),"
                        + " last_error = COALESCE(?, last_error),"
                        + " next_check_at = NULL, updated_at = ? WHERE external_key = ? AND status IN " + OPEN)
                .params(status.name(), pspRefundId, truncate(error), at(now), key).update() == 1;
    }

    /** An open attempt the PSP paid becomes SUCCEEDED; false when it was final already. */
    boolean finishPaid(String key, String pspRefundId, Instant now) {
        return recordPaid("UPDATE refund_attempt SET status = 'SUCCEEDED', psp_refund_id = COALESCE(?, psp_refund_id),"
                + " next_check_at = NULL, updated_at = ? WHERE external_key = ? AND status IN " + OPEN,
                pspRefundId, at(now), key);
    }

    /** A FAILED attempt the PSP's query reports as paid becomes SUCCEEDED; false when it was not FAILED. */
    boolean correctRefusedToPaid(String key, String pspRefundId, Instant now) {
        return recordPaid("UPDATE refund_attempt SET status = 'SUCCEEDED', psp_refund_id = COALESCE(?, psp_refund_id),"
                + " next_check_at = NULL, updated_at = ? WHERE external_key = ? AND status = 'FAILED'",
                pspRefundId, at(now), key);
    }

    /**
     * Runs {@code update} of one attempt; true when it changed the row. On PostgreSQL the same statement locks the
     * attempt's request, which {@link #completeIfAllSucceeded} then need not lock again: the lock is taken after the
     * leg's row, as there, and the completion's update, a statement of its own, reads the legs as the transactions
     * before it in line left them.
     */
    private boolean recordPaid(String update, Object... params) {
        if (!lockWithTheLeg) {
            return jdbc.sql(update).params(params).update() == 1;
        }
        List<String> locked = jdbc.sql("WITH recorded AS (" + update + " RETURNING refund_ref)"
                        + " SELECT r.refund_ref FROM refund_request r JOIN recorded ON recorded.refund_ref = r.refund_ref"
                        + " FOR UPDATE OF r")
                .params(params).query(String.class).list();
        locked.forEach(refundRef -> lockedRequests.put(refundRef, Boolean.TRUE));
        return !locked.isEmpty();
    }

    /** An open attempt the PSP reports as pending: checks restart on the pending schedule. */
    boolean markPending(String key, String pspRefundId, Instant nextCheck, Instant now) {
        return jdbc.sql("""
                UPDATE refund_attempt SET status = 'PENDING', checks = 0, psp_refund_id = COALESCE(?, psp_refund_id),
                    next_check_at = ?, updated_at = ?
                WHERE external_key = ? AND status IN ('REQUESTED', 'UNKNOWN')""")
                .params(pspRefundId, at(nextCheck), at(now), key).update() == 1;
    }

    void recordError(String key, String error, Instant now) {
        jdbc.sql("UPDATE refund_attempt SET last_error = ?, updated_at = ? WHERE external_key = ?")
                .params(truncate(error), at(now), key).update();
    }

    boolean park(String key, String reason, Instant now) {
        return jdbc.sql("UPDATE refund_attempt SET parked = TRUE, park_reason = ?, next_check_at = NULL, updated_at = ?"
                        + " WHERE external_key = ? AND parked = FALSE AND status IN " + OPEN)
                .params(truncate(reason), at(now), key).update() == 1;
    }

    boolean unpark(String key, Instant now) {
        return jdbc.sql("""
                UPDATE refund_attempt SET parked = FALSE, park_reason = NULL, checks = 0, next_check_at = ?, updated_at = ?
                WHERE external_key = ? AND parked = TRUE AND status IN """ + OPEN)
                .params(at(now), at(now), key).update() == 1;
    }

    /**
     * Locks the request, then marks it completed if every leg succeeded; true only for the call that did so. The
     * lock comes first, in a statement of its own: the update that follows then reads the legs as the transactions
     * before it in line left them (an update whose condition alone read them could miss a leg paid at the same time
     * by the transaction it waited for, and neither would complete the request).
     */
    boolean completeIfAllSucceeded(String refundRef, Instant now) {
        if (!lockedRequests.knows(refundRef)) {
            jdbc.sql("SELECT refund_ref FROM refund_request WHERE refund_ref = ? FOR UPDATE").param(refundRef)
                    .query(String.class).single();
        }
        return jdbc.sql("UPDATE refund_request SET completed_at = ? WHERE refund_ref = ? AND completed_at IS NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM refund_attempt WHERE refund_ref = ? AND status <> 'SUCCEEDED')")
                .params(at(now), refundRef, refundRef).update() == 1;
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }

    private static RefundAttempt map(ResultSet rs, int row) throws SQLException {
        return new RefundAttempt(rs.getString("external_key"), rs.getString("refund_ref"), rs.getInt("leg_no"),
                rs.getString("order_id"), rs.getString("payment_id"), rs.getString("psp_reference"),
                rs.getLong("amount"), Currency.getInstance(rs.getString("currency")),
                RefundStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getInt("checks"),
                rs.getString("psp_refund_id"), rs.getString("last_error"), rs.getBoolean("parked"),
                rs.getString("park_reason"), instant(rs, "next_check_at"), instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
