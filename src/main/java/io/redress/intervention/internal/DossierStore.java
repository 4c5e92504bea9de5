package io.redress.intervention.internal;

import io.redress.aftersale.Actor;
import io.redress.aftersale.InterventionStatus;
import io.redress.intervention.DeclineReason;
import io.redress.intervention.Dossier;
import io.redress.intervention.FaultParty;
import io.redress.intervention.ReviewDecision;
import io.redress.intervention.RulingOutcome;
import io.redress.intervention.SuspensionGround;
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

/** Disputes in the intervention tables; the writes of each step, the dossier read back whole. */
@Repository
public class DossierStore {

    private final JdbcClient jdbc;

    DossierStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void create(String caseId, String orderId, InterventionStatus status, Actor requestedBy, Instant at) {
        jdbc.sql("INSERT INTO intervention (case_id, order_id, status, requested_by, requested_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)").params(caseId, orderId, status.name(), requestedBy.name(), utc(at),
                utc(at)).update();
    }

    public Optional<Dossier> find(String caseId) {
        return jdbc.sql("SELECT * FROM intervention WHERE case_id = ?").param(caseId)
                .query((rs, n) -> dossier(rs)).optional();
    }

    /** The sub-state copy and the agents' SLA clock (null: no agent is on the clock). */
    public void status(String caseId, InterventionStatus status, Instant slaStart, Instant slaDue, Instant at) {
        jdbc.sql("UPDATE intervention SET status = ?, sla_started_at = ?, sla_due_at = ?, updated_at = ?"
                + " WHERE case_id = ?").params(status.name(), utc(slaStart), utc(slaDue), utc(at), caseId).update();
    }

    /** Hands the dispute to {@code agent} if it is held by {@code expected} (null: nobody); false otherwise. */
    public boolean assign(String caseId, String expected, String agent, Instant at) {
        String guard = expected == null ? "agent IS NULL" : "agent = ?";
        var sql = jdbc.sql("UPDATE intervention SET agent = ?, claimed_at = ? WHERE case_id = ? AND " + guard)
                .param(agent).param(utc(agent == null ? null : at)).param(caseId);
        return (expected == null ? sql : sql.param(expected)).update() == 1;
    }

    public void decline(String caseId, DeclineReason reason) {
        jdbc.sql("UPDATE intervention SET decline_reason = ? WHERE case_id = ?").params(reason.name(), caseId).update();
    }

    public void openParty(String caseId, Actor party, Instant dueAt) {
        jdbc.sql("INSERT INTO intervention_party (case_id, party, due_at) VALUES (?, ?, ?)")
                .params(caseId, party.name(), utc(dueAt)).update();
    }

    public void extend(String caseId, Actor party, Instant dueAt) {
        jdbc.sql("UPDATE intervention_party SET due_at = ?, extended = TRUE WHERE case_id = ? AND party = ?")
                .params(utc(dueAt), caseId, party.name()).update();
    }

    public void draft(String caseId, Actor party, String statement, List<String> evidenceIds) {
        jdbc.sql("UPDATE intervention_party SET draft_statement = ?, draft_evidence = ? WHERE case_id = ? AND party = ?")
                .params(statement, join(evidenceIds), caseId, party.name()).update();
    }

    /** The party's submission: the first one is kept write-once; later ones (answers to requests) add evidence. */
    public void submit(String caseId, Actor party, String statement, List<String> evidenceIds, Instant at) {
        jdbc.sql("UPDATE intervention_party SET submitted_at = COALESCE(submitted_at, ?),"
                        + " statement = CASE WHEN statement IS NULL THEN ? ELSE statement || CHR(10) || ? END,"
                        + " evidence_ids = CASE WHEN evidence_ids IS NULL OR evidence_ids = '' THEN ?"
                        + " ELSE evidence_ids || ',' || ? END, draft_statement = NULL, draft_evidence = NULL"
                        + " WHERE case_id = ? AND party = ?")
                .params(utc(at), statement, statement, join(evidenceIds), join(evidenceIds), caseId, party.name())
                .update();
        jdbc.sql("UPDATE intervention_request SET answered_at = ? WHERE case_id = ? AND party = ? AND answered_at IS NULL")
                .params(utc(at), caseId, party.name()).update();
    }

    public void request(String requestId, String caseId, Actor party, String what, Instant dueAt, String by,
            Instant at) {
        jdbc.sql("INSERT INTO intervention_request (request_id, case_id, party, what, due_at, requested_by,"
                + " requested_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(requestId, caseId, party.name(), what, utc(dueAt), by, utc(at)).update();
    }

    /** Moves every due time of the dispute that has not passed yet by {@code pause} (the time it was suspended). */
    public void shiftDueTimes(String caseId, java.time.Duration pause) {
        List<Object[]> parties = jdbc.sql("SELECT party, due_at FROM intervention_party WHERE case_id = ?"
                + " AND submitted_at IS NULL").param(caseId)
                .query((rs, n) -> new Object[] {rs.getString(1), instant(rs, "due_at")}).list();
        for (Object[] p : parties) {
            jdbc.sql("UPDATE intervention_party SET due_at = ? WHERE case_id = ? AND party = ?")
                    .params(utc(((Instant) p[1]).plus(pause)), caseId, p[0]).update();
        }
        List<Object[]> requests = jdbc.sql("SELECT request_id, due_at FROM intervention_request WHERE case_id = ?"
                + " AND answered_at IS NULL").param(caseId)
                .query((rs, n) -> new Object[] {rs.getString(1), instant(rs, "due_at")}).list();
        for (Object[] r : requests) {
            jdbc.sql("UPDATE intervention_request SET due_at = ? WHERE request_id = ?")
                    .params(utc(((Instant) r[1]).plus(pause)), r[0]).update();
        }
    }

    public void suspend(String caseId, InterventionStatus from, SuspensionGround ground, Instant at) {
        jdbc.sql("UPDATE intervention SET suspended_from = ?, suspension_ground = ?, suspended_at = ? WHERE case_id = ?")
                .params(from == null ? null : from.name(), ground == null ? null : ground.name(), utc(at), caseId)
                .update();
    }

    public void propose(String caseId, long amount, String terms, String by) {
        jdbc.sql("UPDATE intervention SET settlement_amount = ?, settlement_terms = ?, settlement_by = ?,"
                + " buyer_accepted_at = NULL, seller_accepted_at = NULL WHERE case_id = ?")
                .params(amount, terms, by, caseId).update();
    }

    public void acceptSettlement(String caseId, Actor party, Instant at) {
        String column = party == Actor.BUYER ? "buyer_accepted_at" : "seller_accepted_at";
        jdbc.sql("UPDATE intervention SET " + column + " = ? WHERE case_id = ?").params(utc(at), caseId).update();
    }

    public void rule(String caseId, Dossier.Ruling r) {
        jdbc.sql("INSERT INTO intervention_ruling (case_id, outcome, amount, fault_party, reasons, evidence_ids,"
                        + " policy_profile, policy_version, settled, ruled_by, ruled_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(caseId, r.outcome().name(), r.amount(), r.faultParty().name(), r.reasons(),
                        join(r.evidenceIds()), r.policyProfile(), r.policyVersion(), r.settled(), r.ruledBy(),
                        utc(r.ruledAt())).update();
    }

    public void appeal(String caseId, Actor party, String message, List<String> evidenceIds, String ruledBy,
            Instant at) {
        jdbc.sql("INSERT INTO intervention_appeal (case_id, party, message, evidence_ids, appealed_at, ruled_by)"
                + " VALUES (?, ?, ?, ?, ?, ?)").params(caseId, party.name(), message, join(evidenceIds), utc(at),
                ruledBy).update();
    }

    /** The message and new evidence of an appeal recorded when the case moved to SUPERVISOR_REVIEW. */
    public void appealDetails(String caseId, String message, List<String> evidenceIds) {
        jdbc.sql("UPDATE intervention_appeal SET message = ?, evidence_ids = ? WHERE case_id = ?")
                .params(message, join(evidenceIds), caseId).update();
    }

    /** Records an appeal unless one is recorded already; true when recorded now. */
    public boolean appealIfNone(String caseId, Actor party, String ruledBy, Instant at) {
        Integer exists = jdbc.sql("SELECT COUNT(*) FROM intervention_appeal WHERE case_id = ?").param(caseId)
                .query(Integer.class).single();
        if (exists > 0) {
            return false;
        }
        appeal(caseId, party, "", List.of(), ruledBy, at);
        return true;
    }

    public void review(String caseId, ReviewDecision decision, String reasons, String reviewer, String correction,
            Long amount, Instant at) {
        jdbc.sql("UPDATE intervention_appeal SET decision = ?, reasons = ?, reviewed_by = ?, reviewed_at = ?,"
                        + " correction_direction = ?, correction_amount = ? WHERE case_id = ?")
                .params(decision.name(), reasons, reviewer, utc(at), correction, amount, caseId).update();
    }

    private Dossier dossier(ResultSet rs) throws SQLException {
        String caseId = rs.getString("case_id");
        String suspendedFrom = rs.getString("suspended_from");
        Long settlement = (Long) rs.getObject("settlement_amount", Long.class);
        return new Dossier(caseId, rs.getString("order_id"), InterventionStatus.valueOf(rs.getString("status")),
                Actor.valueOf(rs.getString("requested_by")), instant(rs, "requested_at"), rs.getString("agent"),
                instant(rs, "sla_started_at"), instant(rs, "sla_due_at"),
                rs.getString("decline_reason") == null ? null : DeclineReason.valueOf(rs.getString("decline_reason")),
                suspendedFrom == null ? null : new Dossier.Suspension(InterventionStatus.valueOf(suspendedFrom),
                        SuspensionGround.valueOf(rs.getString("suspension_ground")), instant(rs, "suspended_at")),
                parties(caseId), requests(caseId),
                settlement == null ? null : new Dossier.Settlement(settlement, rs.getString("settlement_terms"),
                        rs.getString("settlement_by"), instant(rs, "buyer_accepted_at"),
                        instant(rs, "seller_accepted_at")),
                ruling(caseId), appeal(caseId));
    }

    private List<Dossier.PartyEvidence> parties(String caseId) {
        return jdbc.sql("SELECT * FROM intervention_party WHERE case_id = ? ORDER BY party").param(caseId)
                .query((rs, n) -> new Dossier.PartyEvidence(Actor.valueOf(rs.getString("party")), instant(rs, "due_at"),
                        rs.getBoolean("extended"), rs.getString("draft_statement"), split(rs.getString("draft_evidence")),
                        instant(rs, "submitted_at"), rs.getString("statement"), split(rs.getString("evidence_ids"))))
                .list();
    }

    private List<Dossier.EvidenceRequest> requests(String caseId) {
        return jdbc.sql("SELECT * FROM intervention_request WHERE case_id = ? ORDER BY requested_at, request_id")
                .param(caseId).query((rs, n) -> new Dossier.EvidenceRequest(rs.getString("request_id"),
                        Actor.valueOf(rs.getString("party")), rs.getString("what"), instant(rs, "due_at"),
                        rs.getString("requested_by"), instant(rs, "requested_at"), instant(rs, "answered_at")))
                .list();
    }

    private Dossier.Ruling ruling(String caseId) {
        return jdbc.sql("SELECT * FROM intervention_ruling WHERE case_id = ?").param(caseId)
                .query((rs, n) -> new Dossier.Ruling(RulingOutcome.valueOf(rs.getString("outcome")),
                        (Long) rs.getObject("amount", Long.class), FaultParty.valueOf(rs.getString("fault_party")),
                        rs.getString("reasons"), split(rs.getString("evidence_ids")), rs.getString("policy_profile"),
                        rs.getInt("policy_version"), rs.getBoolean("settled"), rs.getString("ruled_by"),
                        instant(rs, "ruled_at"))).optional().orElse(null);
    }

    private Dossier.Appeal appeal(String caseId) {
        return jdbc.sql("SELECT * FROM intervention_appeal WHERE case_id = ?").param(caseId)
                .query((rs, n) -> new Dossier.Appeal(Actor.valueOf(rs.getString("party")), rs.getString("message"),
                        split(rs.getString("evidence_ids")), instant(rs, "appealed_at"),
                        rs.getString("decision") == null ? null : ReviewDecision.valueOf(rs.getString("decision")),
                        rs.getString("reasons"), rs.getString("reviewed_by"), instant(rs, "reviewed_at"),
                        rs.getString("correction_direction"), (Long) rs.getObject("correction_amount", Long.class)))
                .optional().orElse(null);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static String join(List<String> ids) {
        return ids == null ? "" : String.join(",", ids);
    }

    private static List<String> split(String ids) {
        return ids == null || ids.isBlank() ? List.of() : Arrays.asList(ids.split(","));
    }
}
