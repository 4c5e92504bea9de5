package io.redress.postrefund.internal;

import io.redress.postrefund.NotAcceptedReason;
import io.redress.postrefund.PostRefundRequest;
import io.redress.postrefund.PostRefundRequest.Decision;
import io.redress.postrefund.PostRefundRequest.Grounds;
import io.redress.postrefund.PostRefundRequest.Kind;
import io.redress.postrefund.PostRefundRequest.Outcome;
import io.redress.postrefund.PostRefundRequest.Status;
import io.redress.postrefund.RefundSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the request tables: the requests and their steps. */
@Repository
public class RequestRows {

    private static final String COLUMNS = "request_id, case_id, order_id, buyer_id, shop_id, kind, status, grounds, "
            + "message, evidence_ids, refund_source, refunded_amount, currency, address_ref, requested_by, requested_at, "
            + "due_at, overdue, decided_by, decided_at, reasons, reason_code, outcome, outcome_amount, bad_faith, "
            + "finding, receivable_id, case_version, version, updated_at";

    /** One step of a request as the case's timeline shows it. */
    public record Step(String requestId, int stepNo, String caseId, long caseVersion, String actor, String username,
            String action, String message, Instant at) {
    }

    private final JdbcClient jdbc;

    RequestRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(PostRefundRequest r) {
        Decision d = r.decision();
        jdbc.sql("INSERT INTO post_refund_request (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.requestId(), r.caseId(), r.orderId(), r.buyerId(), r.shopId(), r.kind().name(),
                        r.status().name(), name(r.grounds()), r.message(), String.join(",", r.evidenceIds()),
                        r.refundSource().name(), r.refundedAmount(), r.currency(), r.addressRef(), r.requestedBy(),
                        at(r.requestedAt()), at(r.dueAt()), r.overdue(), d == null ? null : d.decidedBy(),
                        d == null ? null : at(d.decidedAt()), d == null ? null : d.reasons(),
                        d == null ? null : name(d.reasonCode()), d == null ? null : name(d.outcome()),
                        d == null ? null : d.amount(), d != null && d.badFaith(), d == null ? null : d.finding(),
                        d == null ? null : d.receivableId(), r.caseVersion(), r.version(), at(r.updatedAt()))
                .update();
    }

    /** Stores the changed request if it is still at {@code basedOn}; false when someone changed it first. */
    public boolean update(PostRefundRequest r, long basedOn) {
        Decision d = r.decision();
        return jdbc.sql("""
                UPDATE post_refund_request SET status = ?, overdue = ?, decided_by = ?, decided_at = ?, reasons = ?,
                reason_code = ?, outcome = ?, outcome_amount = ?, bad_faith = ?, finding = ?, receivable_id = ?,
                version = ?, updated_at = ? WHERE request_id = ? AND version = ?""")
                .params(r.status().name(), r.overdue(), d == null ? null : d.decidedBy(),
                        d == null ? null : at(d.decidedAt()), d == null ? null : d.reasons(),
                        d == null ? null : name(d.reasonCode()), d == null ? null : name(d.outcome()),
                        d == null ? null : d.amount(), d != null && d.badFaith(), d == null ? null : d.finding(),
                        d == null ? null : d.receivableId(), r.version(), at(r.updatedAt()), r.requestId(), basedOn)
                .update() == 1;
    }

    public Optional<PostRefundRequest> find(String requestId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM post_refund_request WHERE request_id = ?").param(requestId)
                .query(RequestRows::row).optional();
    }

    /** The case's requests, oldest first. */
    public List<PostRefundRequest> ofCase(String caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM post_refund_request WHERE case_id = ? ORDER BY requested_at, request_id")
                .param(caseId).query(RequestRows::row).list();
    }

    /** Requests of one kind in one status, oldest due first (the senior agents' queue). */
    public List<PostRefundRequest> inStatus(Kind kind, Status status) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM post_refund_request WHERE kind = ? AND status = ?"
                        + " ORDER BY due_at, request_id LIMIT 500")
                .params(kind.name(), status.name()).query(RequestRows::row).list();
    }

    /** Upheld appeals the platform compensated (reconciliation). */
    public List<PostRefundRequest> compensated() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM post_refund_request WHERE status = 'UPHELD'"
                        + " AND outcome = 'PLATFORM_COMPENSATION' ORDER BY decided_at, request_id")
                .query(RequestRows::row).list();
    }

    /** Requests a party may see: its own case's (buyer) or its shop's (seller), newest first. */
    public List<PostRefundRequest> ofParty(String buyerId, String shopId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM post_refund_request WHERE buyer_id = ? OR shop_id = ?"
                        + " ORDER BY requested_at DESC, request_id LIMIT 500")
                .params(buyerId == null ? "" : buyerId, shopId == null ? "" : shopId).query(RequestRows::row).list();
    }

    public void step(String requestId, String caseId, long caseVersion, String actor, String username, String action,
            String message, Instant at) {
        int next = jdbc.sql("SELECT COALESCE(MAX(step_no), 0) + 1 FROM post_refund_step WHERE request_id = ?")
                .param(requestId).query(Integer.class).single();
        jdbc.sql("INSERT INTO post_refund_step (request_id, step_no, case_id, case_version, actor, username, action,"
                        + " message, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(requestId, next, caseId, caseVersion, actor, username, action, message, at(at)).update();
    }

    public List<Step> steps(String caseId) {
        return jdbc.sql("SELECT request_id, step_no, case_id, case_version, actor, username, action, message, at"
                        + " FROM post_refund_step WHERE case_id = ? ORDER BY at, request_id, step_no")
                .param(caseId)
                .query((rs, n) -> new Step(rs.getString("request_id"), rs.getInt("step_no"), rs.getString("case_id"),
                        rs.getLong("case_version"), rs.getString("actor"), rs.getString("username"),
                        rs.getString("action"), rs.getString("message"), instant(rs, "at")))
                .list();
    }

    public void fault(String requestId, String caseId, String buyerId, Grounds grounds, String finding,
            List<String> evidenceIds, String foundBy, Instant at) {
        jdbc.sql("INSERT INTO buyer_fault_finding (request_id, case_id, buyer_id, grounds, finding, evidence_ids,"
                        + " found_by, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(requestId, caseId, buyerId, grounds.name(), finding, String.join(",", evidenceIds), foundBy,
                        at(at))
                .update();
    }

    private static PostRefundRequest row(ResultSet rs, int n) throws SQLException {
        String decidedBy = rs.getString("decided_by");
        Decision decision = decidedBy == null ? null : new Decision(decidedBy, instant(rs, "decided_at"),
                rs.getString("reasons"), value(NotAcceptedReason.class, rs.getString("reason_code")),
                value(Outcome.class, rs.getString("outcome")), (Long) rs.getObject("outcome_amount", Long.class),
                rs.getBoolean("bad_faith"), rs.getString("finding"), rs.getString("receivable_id"));
        return new PostRefundRequest(rs.getString("request_id"), rs.getString("case_id"), rs.getString("order_id"),
                rs.getString("buyer_id"), rs.getString("shop_id"), Kind.valueOf(rs.getString("kind")),
                Status.valueOf(rs.getString("status")), value(Grounds.class, rs.getString("grounds")),
                rs.getString("message"), split(rs.getString("evidence_ids")),
                RefundSource.valueOf(rs.getString("refund_source")), rs.getLong("refunded_amount"),
                rs.getString("currency"), rs.getString("address_ref"), rs.getString("requested_by"),
                instant(rs, "requested_at"), instant(rs, "due_at"), rs.getBoolean("overdue"), decision,
                rs.getLong("case_version"), rs.getLong("version"), instant(rs, "updated_at"));
    }

    static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
