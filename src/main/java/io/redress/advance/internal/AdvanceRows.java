package io.redress.advance.internal;

import io.redress.advance.Advance;
import io.redress.advance.AdvanceKind;
import io.redress.advance.AdvanceStatus;
import io.redress.advance.InstantRefundRules;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The platform_advance table: one advance per case, moved from status to status by compare-and-set. */
@Repository
public class AdvanceRows {

    private static final String COLUMNS = "case_id, order_id, buyer_id, shop_id, kind, status, amount, currency,"
            + " outcome_by, outcome, advanced_at, closed_at";

    private final JdbcClient jdbc;

    AdvanceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Advance a) {
        jdbc.sql("INSERT INTO platform_advance (" + COLUMNS + ", quota_held) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(a.caseId(), a.orderId(), a.buyerId(), a.shopId(), a.kind().name(), a.status().name(),
                        a.amount(), a.currency(), a.outcomeBy(), a.outcome(), at(a.advancedAt()), at(a.closedAt()),
                        a.status().holdsQuota() ? a.amount() : 0)
                .update();
    }

    public Optional<Advance> find(String caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform_advance WHERE case_id = ?").param(caseId)
                .query(AdvanceRows::advance).optional();
    }

    /** The advances on {@code caseIds}, in one read. */
    public List<Advance> find(Collection<String> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform_advance WHERE case_id IN (:cases)")
                .param("cases", caseIds).query(AdvanceRows::advance).list();
    }

    /** The buyer's advances, newest first. */
    public List<Advance> ofBuyer(String buyerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform_advance WHERE buyer_id = ? ORDER BY advanced_at DESC,"
                        + " case_id").param(buyerId).query(AdvanceRows::advance).list();
    }

    /** The buyer's use: the quota their open advances hold, and the advances made at or after {@code since}. */
    public InstantRefundRules.Usage usage(String buyerId, Instant since) {
        return usage(buyerId, quotaHeld(buyerId), since);
    }

    /** Advances made to the buyer at or after {@code since}, whatever became of them, with the quota in use given. */
    InstantRefundRules.Usage usage(String buyerId, long quotaUsed, Instant since) {
        return jdbc.sql("SELECT COUNT(*) AS n, COALESCE(SUM(amount), 0) AS total FROM platform_advance"
                        + " WHERE buyer_id = ? AND advanced_at >= ?").params(buyerId, at(since))
                .query((rs, n) -> new InstantRefundRules.Usage(quotaUsed, rs.getInt("n"), rs.getLong("total")))
                .single();
    }

    /**
     * Moves the advance from {@code from} to {@code to} (quota held as the new status says); false when it was not at
     * {@code from}, so that of two racing moves exactly one happens.
     */
    boolean move(String caseId, AdvanceStatus from, AdvanceStatus to, String by, String outcome, Instant at) {
        if (!from.canBecome(to)) {
            throw new IllegalArgumentException("an advance does not go from " + from + " to " + to);
        }
        boolean closes = !to.holdsQuota();
        return jdbc.sql("UPDATE platform_advance SET status = ?, quota_held = CASE WHEN ? THEN 0 ELSE amount END,"
                        + " outcome_by = ?, outcome = ?, closed_at = CASE WHEN ? THEN ? ELSE closed_at END"
                        + " WHERE case_id = ? AND status = ?")
                .params(to.name(), closes, by, truncate(outcome), closes, at(at), caseId, from.name())
                .update() == 1;
    }

    /** Σ quota held by the buyer's open advances: what the quota row must equal. */
    public long quotaHeld(String buyerId) {
        return jdbc.sql("SELECT COALESCE(SUM(quota_held), 0) FROM platform_advance WHERE buyer_id = ?")
                .param(buyerId).query(Long.class).single();
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Advance advance(ResultSet rs, int n) throws SQLException {
        return new Advance(rs.getString("case_id"), rs.getString("order_id"), rs.getString("buyer_id"),
                rs.getString("shop_id"), AdvanceKind.valueOf(rs.getString("kind")),
                AdvanceStatus.valueOf(rs.getString("status")), rs.getLong("amount"), rs.getString("currency"),
                rs.getString("outcome_by"), rs.getString("outcome"), instant(rs, "advanced_at"),
                instant(rs, "closed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
