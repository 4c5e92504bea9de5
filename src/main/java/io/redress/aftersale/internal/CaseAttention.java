package io.redress.aftersale.internal;

import io.redress.aftersale.Actor;
import io.redress.aftersale.Case;
import io.redress.aftersale.CaseEvent;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.Cases;
import io.redress.shared.DeferredInserts;
import io.redress.shared.TransactionMemory;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reasons a case stuck in its payout needs an operator, in after_sale_case_attention. They do not move the case
 * (it stays REFUNDING); they show on the case and as entries of its timeline.
 */
@Repository
public class CaseAttention {

    /** The timeline action of an attention entry. */
    public static final String ACTION = "payout-attention";

    private final JdbcClient jdbc;
    private final DeferredInserts writes;
    private final Cases cases;

    /** The cases this transaction raised a reason on: a case it added has none but those. */
    private final TransactionMemory<String, Boolean> raisedHere = new TransactionMemory<>();

    CaseAttention(JdbcClient jdbc, DeferredInserts writes, Cases cases) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.cases = cases;
    }

    /** Records the reason unless the same leg already has an open one; true when recorded now. */
    public boolean raise(Case c, String externalKey, String reason, Instant at) {
        raisedHere.put(c.caseId(), Boolean.TRUE);
        return jdbc.sql("INSERT INTO after_sale_case_attention (case_id, external_key, case_version, reason, raised_at)"
                        + " SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM after_sale_case_attention"
                        + " WHERE case_id = ? AND external_key = ? AND resolved_at IS NULL)")
                .params(c.caseId(), externalKey, c.version(), reason, utc(at), c.caseId(), externalKey)
                .update() == 1;
    }

    /** Closes every open reason of the case (with the transaction's next statement: nothing reads how many). */
    public void resolve(String caseId, Instant at) {
        writes.write("UPDATE after_sale_case_attention SET resolved_at = ? WHERE case_id = ? AND resolved_at IS NULL",
                utc(at), caseId);
    }

    /** The latest open reason, if any. */
    public Optional<String> current(String caseId) {
        if (cases.addedHere(caseId) && !raisedHere.knows(caseId)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT reason FROM after_sale_case_attention WHERE case_id = ? AND resolved_at IS NULL"
                        + " ORDER BY raised_at DESC, external_key LIMIT 1")
                .param(caseId).query(String.class).optional();
    }

    /** The latest open reason of each of {@code caseIds} that has one, by case id, in one read. */
    public Map<String, String> current(Collection<String> caseIds) {
        Map<String, String> found = new HashMap<>();
        if (caseIds.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT case_id, reason FROM after_sale_case_attention WHERE case_id IN (:cases)"
                        + " AND resolved_at IS NULL ORDER BY case_id, raised_at DESC, external_key")
                .param("cases", caseIds)
                .query(rs -> {
                    found.putIfAbsent(rs.getString("case_id"), rs.getString("reason"));
                });
        return found;
    }

    /** Every reason ever raised, as timeline entries of {@code c}'s status at the time. */
    public List<CaseEvent> events(Case c) {
        return jdbc.sql("SELECT external_key, case_version, reason, raised_at FROM after_sale_case_attention"
                        + " WHERE case_id = ? ORDER BY raised_at, external_key")
                .param(c.caseId())
                .query((row, n) -> new CaseEvent(row.getLong("case_version"),
                        row.getObject("raised_at", OffsetDateTime.class).toInstant(), Actor.SYSTEM, null, ACTION,
                        CaseStatus.REFUNDING, CaseStatus.REFUNDING,
                        c.intervention(), row.getString("reason"), Map.of("externalKey", row.getString("external_key"))))
                .list();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
