package io.redress.aftersale.internal;

import io.redress.aftersale.CaseProposal;
import io.redress.aftersale.Cases;
import io.redress.shared.TransactionMemory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sellers' counter-proposals in after_sale_case_proposal; at most one per case is pending. */
@Repository
public class CaseProposals {

    private static final String COLUMNS = "case_id, proposed_at_version, amount, return_address, proposed_by,"
            + " proposed_at, state, answered_at";

    private final JdbcClient jdbc;
    private final Cases cases;

    /**
     * The case's pending proposal (null: none) as this transaction added or ended it, after writing the case's row
     * (a proposal changes only with a case action, which waits for that row).
     */
    private final TransactionMemory<String, CaseProposal> pending = new TransactionMemory<>();

    CaseProposals(JdbcClient jdbc, Cases cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    public void add(CaseProposal proposal) {
        jdbc.sql("INSERT INTO after_sale_case_proposal (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(proposal.caseId(), proposal.version(), proposal.amount(), proposal.returnAddress(),
                        proposal.proposedBy(), utc(proposal.proposedAt()), proposal.state().name(),
                        proposal.answeredAt() == null ? null : utc(proposal.answeredAt()))
                .update();
        pending.put(proposal.caseId(), proposal.state() == CaseProposal.State.PENDING ? proposal : null);
    }

    /** The proposal waiting for the buyer's answer, if any. */
    public Optional<CaseProposal> pending(String caseId) {
        if (pending.knows(caseId)) {
            return pending.get(caseId);
        }
        if (cases.addedHere(caseId)) {
            return Optional.empty(); // a case this transaction added has no proposal it did not add
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM after_sale_case_proposal WHERE case_id = ? AND state = 'PENDING'")
                .param(caseId).query(CaseProposals::row).optional();
    }

    /**
     * As {@link #pending(String)}, read for an action on the case after the case was read at the version the action's
     * versioned save checks: a proposal made or ended since moved that version, so the save fails when this answer is
     * out of date, and the transaction keeps it ({@link #end} then has nothing to end when there is none).
     */
    public Optional<CaseProposal> pendingForAction(String caseId) {
        if (pending.knows(caseId)) {
            return pending.get(caseId);
        }
        Optional<CaseProposal> found = pending(caseId);
        pending.put(caseId, found.orElse(null));
        return found;
    }

    /** The pending proposals of {@code caseIds}, by case id, in one read (a case without one is absent). */
    public Map<String, CaseProposal> pending(Collection<String> caseIds) {
        Map<String, CaseProposal> found = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String caseId : caseIds) {
            if (pending.knows(caseId)) {
                pending.get(caseId).ifPresent(p -> found.put(caseId, p));
            } else {
                unknown.add(caseId);
            }
        }
        if (!unknown.isEmpty()) {
            jdbc.sql("SELECT " + COLUMNS + " FROM after_sale_case_proposal WHERE case_id IN (:cases)"
                            + " AND state = 'PENDING'")
                    .param("cases", unknown).query(CaseProposals::row).list().forEach(p -> found.put(p.caseId(), p));
        }
        return found;
    }

    /** Every proposal made on the case, oldest first. */
    public List<CaseProposal> of(String caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM after_sale_case_proposal WHERE case_id = ?"
                        + " ORDER BY proposed_at_version").param(caseId).query(CaseProposals::row).list();
    }

    /** Ends the pending proposal, if any, in {@code state}; true when there was one. */
    public boolean end(String caseId, CaseProposal.State state, Instant at) {
        if (pending.knows(caseId) && pending.get(caseId).isEmpty()) {
            return false; // none pending, as this transaction knows
        }
        boolean ended = jdbc.sql("UPDATE after_sale_case_proposal SET state = ?, answered_at = ?"
                        + " WHERE case_id = ? AND state = 'PENDING'")
                .params(state.name(), utc(at), caseId).update() > 0;
        pending.put(caseId, null);
        return ended;
    }

    private static CaseProposal row(ResultSet rs, int n) throws SQLException {
        long amount = rs.getLong("amount");
        Long proposed = rs.wasNull() ? null : amount;
        OffsetDateTime answered = rs.getObject("answered_at", OffsetDateTime.class);
        return new CaseProposal(rs.getString("case_id"), rs.getLong("proposed_at_version"), proposed,
                rs.getString("return_address"), rs.getString("proposed_by"),
                rs.getObject("proposed_at", OffsetDateTime.class).toInstant(),
                CaseProposal.State.valueOf(rs.getString("state")), answered == null ? null : answered.toInstant());
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
