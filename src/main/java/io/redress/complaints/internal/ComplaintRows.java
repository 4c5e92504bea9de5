package io.redress.complaints.internal;

import io.redress.complaints.Complaint;
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

/** SQL of the complaint tables. */
@Repository
public class ComplaintRows {

    private static final String COLUMNS = "complaint_id, case_id, shop_id, complainant, complainant_role, against, category, "
            + "message, evidence_ids, status, escalated, breaches, acknowledge_due, resolve_due, finding, resolution, "
            + "resolved_by, version, filed_at, updated_at, policy_profile, policy_version";

    private final JdbcClient jdbc;

    ComplaintRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Complaint c) {
        jdbc.sql("INSERT INTO complaint (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(c.complaintId(), c.caseId(), c.shopId(), c.complainant(), c.complainantRole(), c.against().name(),
                        c.category().name(), c.message(), String.join(",", c.evidenceIds()), c.status().name(),
                        c.escalated(), String.join(",", c.breaches()), at(c.acknowledgeDue()), at(c.resolveDue()),
                        c.finding() == null ? null : c.finding().name(), c.resolution(), c.resolvedBy(), c.version(),
                        at(c.filedAt()), at(c.updatedAt()), c.policyProfile(), c.policyVersion())
                .update();
    }

    /** Stores the changed complaint if it is still at {@code basedOn}; false when someone changed it first. */
    public boolean update(Complaint c, long basedOn) {
        return jdbc.sql("""
                UPDATE complaint SET status = ?, escalated = ?, breaches = ?, finding = ?, resolution = ?, resolved_by = ?,
                version = ?, updated_at = ? WHERE complaint_id = ? AND version = ?""")
                .params(c.status().name(), c.escalated(), String.join(",", c.breaches()),
                        c.finding() == null ? null : c.finding().name(), c.resolution(), c.resolvedBy(), c.version(),
                        at(c.updatedAt()), c.complaintId(), basedOn)
                .update() == 1;
    }

    public Optional<Complaint> find(String complaintId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM complaint WHERE complaint_id = ?").param(complaintId)
                .query(ComplaintRows::row).optional();
    }

    /** All complaints, or those a party may see (filed by them, or about their shop), newest first. */
    public List<Complaint> list(String complainant, String shopId, boolean escalatedOnly) {
        String where = complainant == null ? "WHERE 1 = 1" : "WHERE (complainant = ? OR (against = 'SELLER' AND shop_id = ?))";
        var spec = jdbc.sql("SELECT " + COLUMNS + " FROM complaint " + where + (escalatedOnly ? " AND escalated" : "")
                + " ORDER BY filed_at DESC, complaint_id LIMIT 500");
        if (complainant != null) {
            spec = spec.params(complainant, shopId == null ? "" : shopId);
        }
        return spec.query(ComplaintRows::row).list();
    }

    public void strike(String complaintId, String complainant, Instant at) {
        jdbc.sql("INSERT INTO complaint_strike (complaint_id, complainant, recorded_at) VALUES (?, ?, ?)")
                .params(complaintId, complainant, at(at)).update();
    }

    public long strikes(String complainant) {
        return jdbc.sql("SELECT COUNT(*) FROM complaint_strike WHERE complainant = ?").param(complainant)
                .query(Long.class).single();
    }

    private static Complaint row(ResultSet rs, int n) throws SQLException {
        String finding = rs.getString("finding");
        return new Complaint(rs.getString("complaint_id"), rs.getString("case_id"), rs.getString("shop_id"),
                rs.getString("complainant"), rs.getString("complainant_role"),
                Complaint.Against.valueOf(rs.getString("against")), Complaint.Category.valueOf(rs.getString("category")),
                rs.getString("message"), split(rs.getString("evidence_ids")), Complaint.Status.valueOf(rs.getString("status")),
                rs.getBoolean("escalated"), split(rs.getString("breaches")), instant(rs, "acknowledge_due"),
                instant(rs, "resolve_due"), finding == null ? null : Complaint.Finding.valueOf(finding),
                rs.getString("resolution"), rs.getString("resolved_by"), rs.getLong("version"), instant(rs, "filed_at"),
                instant(rs, "updated_at"), rs.getString("policy_profile"), rs.getObject("policy_version", Integer.class));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
