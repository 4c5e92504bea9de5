package io.redress.credit.internal;

import static io.redress.credit.internal.CreditRows.instant;
import static io.redress.credit.internal.CreditRows.utc;

import io.redress.credit.Party;
import io.redress.credit.Penalty;
import io.redress.credit.PenaltyKind;
import io.redress.credit.Privilege;
import io.redress.intervention.ReviewDecision;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of penalties, their appeals and their revocations (rows are added, never deleted). */
@Repository
public class PenaltyRows {

    private static final String SELECT = """
            SELECT p.*, a.appellant, a.message, a.evidence_ids AS appeal_evidence, a.appealed_at, a.decision,
                   a.reasons AS review_reasons, a.reviewed_by, a.reviewed_at,
                   r.revoked_by, r.reason AS revoke_reason, r.via, r.revoked_at
            FROM penalty p LEFT JOIN penalty_appeal a ON a.penalty_id = p.penalty_id
                           LEFT JOIN penalty_revocation r ON r.penalty_id = p.penalty_id
            """;

    private final JdbcClient jdbc;

    PenaltyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new penalty; false when the ladder already issued this step's penalty for the same crossing. */
    public boolean insert(Penalty p, String triggerInput) {
        return jdbc.sql("""
                INSERT INTO penalty (penalty_id, party_type, party_id, kind, privilege, fine_amount, step, reason_code, reasons,
                  evidence_ids, case_ids, rule_version, issued_by, issued_at, expires_at, trigger_input)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(p.penaltyId(), p.party().type().name(), p.party().id(), p.kind().name(),
                        p.privilege() == null ? null : p.privilege().name(), p.fineAmount(), p.step(), p.reasonCode(),
                        p.reasons(), String.join(",", p.evidenceIds()), String.join(",", p.caseIds()), p.ruleVersion(),
                        p.issuedBy(), utc(p.issuedAt()), utc(p.expiresAt()), triggerInput)
                .update() == 1;
    }

    public Optional<Penalty> find(String penaltyId) {
        return jdbc.sql(SELECT + " WHERE p.penalty_id = ?").param(penaltyId).query(PenaltyRows::row).optional();
    }

    /** Locks the penalty's row for the rest of the transaction (appeal, review and revocation run one at a time). */
    public Optional<Penalty> lock(String penaltyId) {
        jdbc.sql("SELECT penalty_id FROM penalty WHERE penalty_id = ? FOR UPDATE").param(penaltyId).query(String.class).optional();
        return find(penaltyId);
    }

    /** The party's penalties (or everyone's), newest first. */
    public List<Penalty> list(Party party, boolean appealsPendingOnly) {
        String where = party == null ? " WHERE 1 = 1" : " WHERE p.party_type = ? AND p.party_id = ?";
        var spec = jdbc.sql(SELECT + where + (appealsPendingOnly ? " AND a.appealed_at IS NOT NULL AND a.decision IS NULL" : "")
                + " ORDER BY p.issued_at DESC, p.penalty_id LIMIT 500");
        if (party != null) {
            spec = spec.params(party.type().name(), party.id());
        }
        return spec.query(PenaltyRows::row).list();
    }

    public void appeal(String penaltyId, Penalty.Appeal appeal) {
        jdbc.sql("INSERT INTO penalty_appeal (penalty_id, appellant, message, evidence_ids, appealed_at) VALUES (?, ?, ?, ?, ?)")
                .params(penaltyId, appeal.by(), appeal.message(), String.join(",", appeal.evidenceIds()), utc(appeal.at()))
                .update();
    }

    public void review(String penaltyId, Penalty.Appeal reviewed) {
        jdbc.sql("UPDATE penalty_appeal SET decision = ?, reasons = ?, reviewed_by = ?, reviewed_at = ? WHERE penalty_id = ?"
                + " AND decision IS NULL")
                .params(reviewed.decision().name(), reviewed.reasons(), reviewed.reviewedBy(), utc(reviewed.reviewedAt()),
                        penaltyId)
                .update();
    }

    public void revoke(String penaltyId, Penalty.Revocation revocation) {
        jdbc.sql("INSERT INTO penalty_revocation (penalty_id, revoked_by, reason, via, revoked_at) VALUES (?, ?, ?, ?, ?)")
                .params(penaltyId, revocation.by(), revocation.reason(), revocation.via(), utc(revocation.at())).update();
    }

    private static Penalty row(ResultSet rs, int n) throws SQLException {
        String privilege = rs.getString("privilege");
        long fine = rs.getLong("fine_amount");
        Long fineAmount = rs.wasNull() ? null : fine;
        int step = rs.getInt("step");
        Integer stepNo = rs.wasNull() ? null : step;
        Penalty.Appeal appeal = null;
        if (rs.getString("appellant") != null) {
            String decision = rs.getString("decision");
            appeal = new Penalty.Appeal(rs.getString("appellant"), rs.getString("message"), split(rs.getString("appeal_evidence")),
                    instant(rs, "appealed_at"), decision == null ? null : ReviewDecision.valueOf(decision),
                    rs.getString("review_reasons"), rs.getString("reviewed_by"), instant(rs, "reviewed_at"));
        }
        Penalty.Revocation revocation = rs.getString("revoked_by") == null ? null : new Penalty.Revocation(
                rs.getString("revoked_by"), rs.getString("revoke_reason"), rs.getString("via"), instant(rs, "revoked_at"));
        return new Penalty(rs.getString("penalty_id"), new Party(Party.Type.valueOf(rs.getString("party_type")),
                rs.getString("party_id")), PenaltyKind.valueOf(rs.getString("kind")),
                privilege == null ? null : Privilege.valueOf(privilege), fineAmount, stepNo, rs.getString("reason_code"),
                rs.getString("reasons"), split(rs.getString("evidence_ids")), split(rs.getString("case_ids")),
                rs.getString("rule_version"), rs.getString("issued_by"), instant(rs, "issued_at"), instant(rs, "expires_at"),
                appeal, revocation);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
