package io.redress.postrefund.internal;

import static io.redress.postrefund.internal.RequestRows.at;
import static io.redress.postrefund.internal.RequestRows.instant;

import io.redress.postrefund.Receivable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the receivable tables. */
@Repository
public class ReceivableRows {

    private static final String COLUMNS = "receivable_id, request_id, case_id, order_id, buyer_id, shop_id, currency, "
            + "amount, paid, offset_amount, written_off, status, offset_consent_at, write_off_reason, written_off_by, "
            + "version, opened_at, updated_at";

    private final JdbcClient jdbc;

    ReceivableRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new receivable; one from an advance is kept once per case (a unique key). */
    public void insert(Receivable r) {
        jdbc.sql("INSERT INTO buyer_receivable (" + COLUMNS + ", advance_case_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.receivableId(), r.requestId(), r.caseId(), r.orderId(), r.buyerId(), r.shopId(), r.currency(),
                        r.amount(), r.paid(), r.offset(), r.writtenOff(), r.status().name(), at(r.offsetConsentAt()),
                        r.writeOffReason(), r.writtenOffBy(), r.version(), at(r.openedAt()), at(r.updatedAt()),
                        r.fromAdvance() ? r.caseId() : null)
                .update();
    }

    /** The receivable opened for the platform advance on the case, if any. */
    public Optional<Receivable> ofAdvance(String caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM buyer_receivable WHERE advance_case_id = ?").param(caseId)
                .query(ReceivableRows::row).optional();
    }

    /** Stores the changed receivable if it is still at {@code basedOn}; false when someone changed it first. */
    public boolean update(Receivable r, long basedOn) {
        return jdbc.sql("""
                UPDATE buyer_receivable SET paid = ?, offset_amount = ?, written_off = ?, status = ?, offset_consent_at = ?,
                write_off_reason = ?, written_off_by = ?, version = ?, updated_at = ? WHERE receivable_id = ? AND version = ?""")
                .params(r.paid(), r.offset(), r.writtenOff(), r.status().name(), at(r.offsetConsentAt()),
                        r.writeOffReason(), r.writtenOffBy(), r.version(), at(r.updatedAt()), r.receivableId(), basedOn)
                .update() == 1;
    }

    public Optional<Receivable> find(String receivableId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM buyer_receivable WHERE receivable_id = ?").param(receivableId)
                .query(ReceivableRows::row).optional();
    }

    /** Receivables of one buyer and/or one shop (null: any), newest first. */
    public List<Receivable> list(String buyerId, String shopId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM buyer_receivable WHERE (? IS NULL OR buyer_id = ?)"
                        + " AND (? IS NULL OR shop_id = ?) ORDER BY opened_at DESC, receivable_id LIMIT 500")
                .params(buyerId, buyerId, shopId, shopId).query(ReceivableRows::row).list();
    }

    /** Every receivable (reconciliation). */
    public List<Receivable> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM buyer_receivable ORDER BY opened_at, receivable_id")
                .query(ReceivableRows::row).list();
    }

    /** Records a payment and answers its number (1, 2, …). */
    public int payment(String receivableId, long amount, String paymentRef, String recordedBy, Instant at) {
        int next = jdbc.sql("SELECT COALESCE(MAX(payment_no), 0) + 1 FROM buyer_receivable_payment WHERE receivable_id = ?")
                .param(receivableId).query(Integer.class).single();
        jdbc.sql("INSERT INTO buyer_receivable_payment (receivable_id, payment_no, amount, payment_ref, recorded_by, paid_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(receivableId, next, amount, paymentRef, recordedBy, at(at)).update();
        return next;
    }

    /** One payment recorded on a receivable. */
    public record Payment(String receivableId, int paymentNo, long amount, String paymentRef, String recordedBy,
            Instant paidAt) {
    }

    /** The receivables of a case, oldest first. */
    public List<Receivable> ofCase(String caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM buyer_receivable WHERE case_id = ? ORDER BY opened_at, receivable_id")
                .param(caseId).query(ReceivableRows::row).list();
    }

    /** The payments recorded on a receivable, in order. */
    public List<Payment> payments(String receivableId) {
        return jdbc.sql("SELECT receivable_id, payment_no, amount, payment_ref, recorded_by, paid_at"
                        + " FROM buyer_receivable_payment WHERE receivable_id = ? ORDER BY payment_no")
                .param(receivableId)
                .query((rs, n) -> new Payment(rs.getString("receivable_id"), rs.getInt("payment_no"),
                        rs.getLong("amount"), rs.getString("payment_ref"), rs.getString("recorded_by"),
                        instant(rs, "paid_at")))
                .list();
    }

    public boolean paymentRecorded(String receivableId, String paymentRef) {
        return jdbc.sql("SELECT COUNT(*) FROM buyer_receivable_payment WHERE receivable_id = ? AND payment_ref = ?")
                .params(receivableId, paymentRef).query(Long.class).single() > 0;
    }

    private static Receivable row(ResultSet rs, int n) throws SQLException {
        return new Receivable(rs.getString("receivable_id"), rs.getString("request_id"), rs.getString("case_id"),
                rs.getString("order_id"), rs.getString("buyer_id"), rs.getString("shop_id"), rs.getString("currency"),
                rs.getLong("amount"), rs.getLong("paid"), rs.getLong("offset_amount"), rs.getLong("written_off"),
                Receivable.Status.valueOf(rs.getString("status")), instant(rs, "offset_consent_at"),
                rs.getString("write_off_reason"), rs.getString("written_off_by"), rs.getLong("version"),
                instant(rs, "opened_at"), instant(rs, "updated_at"));
    }
}
