package io.redress.decisions.internal;

import io.redress.decisions.RefundDecision;
import io.redress.shared.TransactionMemory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** refund_decision rows: inserted once, read many times; there is no update. */
@Repository
public class DecisionRows {

    private static final String COLUMNS = "decision_id, refund_ref, case_id, order_id, buyer_id, shop_id, currency,"
            + " amount, policy_profile, policy_version, actor, action, reason, decided_at, parts, quote";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    /** Decisions this transaction wrote or read: a decision is written once and never changes. */
    private final TransactionMemory<String, RefundDecision> known = new TransactionMemory<>();

    DecisionRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The parts of a decision beyond its totals, as one JSON document. */
    record Parts(List<RefundDecision.Line> lines, long shippingAmount, List<RefundDecision.Instrument> instruments,
            RefundDecision.Funders funders) {
    }

    /**
     * Inserts the decision unless its refund reference was decided before (by this transaction or a committed one;
     * one still open is waited for); true when inserted.
     */
    public boolean insertIfAbsent(RefundDecision d) {
        if (known.get(d.refundRef()).isPresent()) {
            return false;
        }
        int inserted = jdbc.sql("INSERT INTO refund_decision (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(d.decisionId(), d.refundRef(), d.caseId(), d.orderId(), d.buyerId(), d.shopId(),
                        d.currency().getCurrencyCode(), d.amount(), d.policyProfile(), d.policyVersion(), d.actor(),
                        d.action(), d.reason(), d.decidedAt().atOffset(ZoneOffset.UTC),
                        json.writeValueAsString(new Parts(d.lines(), d.shippingAmount(), d.instruments(), d.funders())),
                        d.quote())
                .update();
        if (inserted == 1) {
            known.put(d.refundRef(), d);
        }
        return inserted == 1;
    }

    public Optional<RefundDecision> byRef(String refundRef) {
        Optional<RefundDecision> remembered = known.get(refundRef);
        if (remembered.isPresent()) {
            return remembered;
        }
        Optional<RefundDecision> found = jdbc.sql("SELECT " + COLUMNS + " FROM refund_decision WHERE refund_ref = ?")
                .param(refundRef).query(this::row).optional();
        found.ifPresent(d -> known.put(refundRef, d));
        return found;
    }

    public Map<String, RefundDecision> byRefs(Collection<String> refundRefs) {
        Map<String, RefundDecision> found = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String refundRef : refundRefs) {
            known.get(refundRef).ifPresentOrElse(d -> found.put(refundRef, d), () -> unknown.add(refundRef));
        }
        if (!unknown.isEmpty()) {
            jdbc.sql("SELECT " + COLUMNS + " FROM refund_decision WHERE refund_ref IN (:refs)").param("refs", unknown)
                    .query(this::row).list().forEach(d -> {
                        found.put(d.refundRef(), d);
                        known.put(d.refundRef(), d);
                    });
        }
        return found;
    }

    public List<RefundDecision> ofCase(String caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM refund_decision WHERE case_id = ? ORDER BY decided_at, refund_ref")
                .param(caseId).query(this::row).list();
    }

    // decisions made in [from, to), oldest first
    public List<RefundDecision> decidedBetween(java.time.Instant from, java.time.Instant to) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM refund_decision WHERE decided_at >= ? AND decided_at < ?"
                + " ORDER BY decided_at, refund_ref")
                .params(from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC)).query(this::row).list();
    }

    private RefundDecision row(ResultSet row, int n) throws SQLException {
        Parts parts = json.readValue(row.getString("parts"), Parts.class);
        return new RefundDecision(row.getString("decision_id"), row.getString("refund_ref"), row.getString("case_id"),
                row.getString("order_id"), row.getString("buyer_id"), row.getString("shop_id"),
                Currency.getInstance(row.getString("currency")), row.getLong("amount"), parts.lines(),
                parts.shippingAmount(), parts.instruments(), parts.funders(), row.getString("policy_profile"),
                row.getObject("policy_version", Integer.class), row.getString("quote"), row.getString("actor"),
                row.getString("action"), row.getString("reason"),
                row.getObject("decided_at", OffsetDateTime.class).toInstant());
    }
}
