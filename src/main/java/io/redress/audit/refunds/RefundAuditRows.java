package io.redress.audit.refunds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** refund_audit_run and refund_audit_finding: written once per run, then only read. */
@Repository
class RefundAuditRows {

    private static final String RUN = "run_id, requested_by, from_day, to_day, shops, sample, seed, started_at,"
            + " decisions_checked, findings_count, chain_seq, chain_hash";
    private static final int TEXT = 500;

    private final JdbcClient jdbc;

    RefundAuditRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(RefundAuditRun run, List<Finding> findings, String report) {
        jdbc.sql("INSERT INTO refund_audit_run (" + RUN + ", report) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(run.runId(), run.requestedBy(), run.from(), run.to(),
                        run.shops().isEmpty() ? null : String.join(",", run.shops()), run.sample(), run.seed(),
                        run.startedAt().atOffset(ZoneOffset.UTC), run.decisionsChecked(), run.findingsCount(),
                        run.chainSeq(), run.chainHash(), report)
                .update();
        int no = 0;
        for (Finding f : findings) {
            jdbc.sql("INSERT INTO refund_audit_finding (run_id, finding_no, refund_ref, case_id, shop_id, part,"
                    + " expected, found, explanation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(run.runId(), ++no, f.refundRef(), f.caseId(), f.shopId(), cut(f.part(), 200),
                            cut(f.expected(), TEXT), cut(f.found(), TEXT), f.explanation())
                    .update();
        }
    }

    Optional<RefundAuditRun> find(String runId) {
        return jdbc.sql("SELECT " + RUN + " FROM refund_audit_run WHERE run_id = ?").param(runId).query(this::run)
                .optional();
    }

    List<RefundAuditRun> latest(int limit) {
        return jdbc.sql("SELECT " + RUN + " FROM refund_audit_run ORDER BY started_at DESC, run_id LIMIT ?")
                .param(limit).query(this::run).list();
    }

    Optional<String> report(String runId) {
        return jdbc.sql("SELECT report FROM refund_audit_run WHERE run_id = ?").param(runId).query(String.class)
                .optional();
    }

    List<Finding> findings(String runId) {
        return jdbc.sql("SELECT refund_ref, case_id, shop_id, part, expected, found, explanation"
                + " FROM refund_audit_finding WHERE run_id = ? ORDER BY finding_no").param(runId)
                .query((rs, n) -> new Finding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    private RefundAuditRun run(ResultSet rs, int n) throws SQLException {
        String shops = rs.getString("shops");
        return new RefundAuditRun(rs.getString("run_id"), rs.getString("requested_by"),
                rs.getDate("from_day").toLocalDate(), rs.getDate("to_day").toLocalDate(),
                shops == null ? List.of() : Arrays.asList(shops.split(",")), rs.getObject("sample", Integer.class),
                rs.getLong("seed"), rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                rs.getInt("decisions_checked"), rs.getInt("findings_count"), rs.getLong("chain_seq"),
                rs.getString("chain_hash"));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
