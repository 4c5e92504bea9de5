package io.redress.quality.internal;

import io.redress.intervention.FaultParty;
import io.redress.intervention.RulingOutcome;
import io.redress.quality.AgentMetrics;
import io.redress.quality.QaSample;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the quality tables. */
@Repository
public class QualityRows {

    private static final String SAMPLE_COLUMNS = "sample_id, case_id, agent, outcome, fault_party, amount, policy_profile, "
            + "policy_version, ruled_at, verdict, reasons, reviewed_by, reviewed_at";

    private final JdbcClient jdbc;

    QualityRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A dispute was opened (again): its first response starts over. */
    void opened(String caseId, Instant at) {
        int updated = jdbc.sql("""
                UPDATE qa_dispute SET requested_at = ?, first_agent = NULL, first_claimed_at = NULL,
                first_response_seconds = NULL WHERE case_id = ?""").params(at(at), caseId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO qa_dispute (case_id, requested_at) VALUES (?, ?)").params(caseId, at(at)).update();
        }
    }

    /** An agent took the dispute: the first claim since it was opened is its first response. */
    void claimed(String caseId, String agent, Instant at) {
        jdbc.sql("""
                UPDATE qa_dispute SET first_agent = ?, first_claimed_at = ?, first_response_seconds = ?
                WHERE case_id = ? AND first_agent IS NULL""")
                .params(agent, at(at), seconds(requestedAt(caseId).orElse(null), at), caseId).update();
        int updated = jdbc.sql("UPDATE qa_handling SET claimed_at = ? WHERE case_id = ? AND agent = ?")
                .params(at(at), caseId, agent).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO qa_handling (case_id, agent, claimed_at) VALUES (?, ?, ?)").params(caseId, agent, at(at))
                    .update();
        }
    }

    /** A ruling, timed from its agent's last claim of the dispute, with its sample id when it was sampled. */
    void ruled(String caseId, String agent, RulingOutcome outcome, FaultParty faultParty, Long amount, String profile,
            int version, Instant at, String sampleId) {
        Instant claimedAt = jdbc.sql("SELECT claimed_at FROM qa_handling WHERE case_id = ? AND agent = ?")
                .params(caseId, agent).query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant).orElse(null);
        jdbc.sql("""
                INSERT INTO qa_ruling (case_id, agent, outcome, fault_party, amount, policy_profile, policy_version,
                ruled_at, ruling_seconds, sample_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, agent, outcome.name(), faultParty.name(), amount, profile, version, at(at),
                        seconds(claimedAt, at), sampleId)
                .update();
    }

    void complained(String complaintId, String caseId, Instant at) {
        jdbc.sql("INSERT INTO qa_complaint (complaint_id, case_id, filed_at) VALUES (?, ?, ?)").params(complaintId, caseId, at(at))
                .update();
    }

    public Optional<QaSample> sample(String sampleId) {
        return jdbc.sql("SELECT " + SAMPLE_COLUMNS + " FROM qa_ruling WHERE sample_id = ?").param(sampleId)
                .query(QualityRows::sample).optional();
    }

    /** Sampled rulings, those waiting for review (or reviewed) only when {@code status} says so; oldest ruling first. */
    public List<QaSample> samples(QaSample.Status status) {
        String only = status == null ? "" : status == QaSample.Status.PENDING ? " AND reviewed_by IS NULL" : " AND reviewed_by IS NOT NULL";
        return jdbc.sql("SELECT " + SAMPLE_COLUMNS + " FROM qa_ruling WHERE sample_id IS NOT NULL" + only
                + " ORDER BY ruled_at, case_id LIMIT 500").query(QualityRows::sample).list();
    }

    /** Stores the review unless it was reviewed meanwhile or the reviewer ruled; false then. */
    public boolean review(String sampleId, QaSample.Verdict verdict, String reasons, String reviewer, Instant at) {
        return jdbc.sql("""
                UPDATE qa_ruling SET verdict = ?, reasons = ?, reviewed_by = ?, reviewed_at = ?
                WHERE sample_id = ? AND reviewed_by IS NULL AND agent <> ?""")
                .params(verdict.name(), reasons, reviewer, at(at), sampleId, reviewer).update() == 1;
    }

    /** Every agent who held a dispute or ruled, by name. */
    public List<AgentMetrics> agents() {
        return jdbc.sql("""
                SELECT a.agent,
                  (SELECT COUNT(*) FROM qa_dispute d WHERE d.first_agent = a.agent) AS first_responses,
                  (SELECT AVG(d.first_response_seconds) FROM qa_dispute d WHERE d.first_agent = a.agent) AS first_response_avg,
                  (SELECT COUNT(*) FROM qa_ruling r WHERE r.agent = a.agent) AS rulings,
                  (SELECT AVG(r.ruling_seconds) FROM qa_ruling r WHERE r.agent = a.agent) AS ruling_avg,
                  (SELECT COUNT(*) FROM qa_ruling r WHERE r.agent = a.agent AND r.sample_id IS NOT NULL) AS sampled,
                  (SELECT COUNT(*) FROM qa_ruling r WHERE r.agent = a.agent AND r.reviewed_by IS NOT NULL) AS reviewed,
                  (SELECT COUNT(*) FROM qa_ruling r WHERE r.agent = a.agent AND r.verdict = 'AGREE') AS agreed,
                  (SELECT COUNT(*) FROM qa_complaint c WHERE c.case_id IN
                      (SELECT h.case_id FROM qa_handling h WHERE h.agent = a.agent)) AS complaints
                FROM (SELECT agent FROM qa_handling UNION SELECT agent FROM qa_ruling) a
                ORDER BY a.agent""").query((rs, n) -> {
                    long reviewed = rs.getLong("reviewed");
                    long agreed = rs.getLong("agreed");
                    return new AgentMetrics(rs.getString("agent"), rs.getLong("first_responses"), average(rs, "first_response_avg"),
                            rs.getLong("rulings"), average(rs, "ruling_avg"), rs.getLong("sampled"), reviewed, agreed,
                            reviewed == 0 ? null : (double) agreed / reviewed, rs.getLong("complaints"));
                }).list();
    }

    private Optional<Instant> requestedAt(String caseId) {
        return jdbc.sql("SELECT requested_at FROM qa_dispute WHERE case_id = ?").param(caseId).query(OffsetDateTime.class)
                .optional().map(OffsetDateTime::toInstant);
    }

    private static Long average(ResultSet rs, String column) throws SQLException {
        java.math.BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    private static Long seconds(Instant from, Instant to) {
        return from == null ? null : Duration.between(from, to).toSeconds();
    }

    private static QaSample sample(ResultSet rs, int n) throws SQLException {
        String verdict = rs.getString("verdict");
        OffsetDateTime reviewedAt = rs.getObject("reviewed_at", OffsetDateTime.class);
        return new QaSample(rs.getString("sample_id"), rs.getString("case_id"), rs.getString("agent"),
                RulingOutcome.valueOf(rs.getString("outcome")), FaultParty.valueOf(rs.getString("fault_party")),
                rs.getObject("amount", Long.class), rs.getString("policy_profile"), rs.getInt("policy_version"),
                rs.getObject("ruled_at", OffsetDateTime.class).toInstant(), verdict == null ? null : QaSample.Verdict.valueOf(verdict),
                rs.getString("reasons"), rs.getString("reviewed_by"), reviewedAt == null ? null : reviewedAt.toInstant());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
