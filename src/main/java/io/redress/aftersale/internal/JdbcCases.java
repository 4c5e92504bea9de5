package io.redress.aftersale.internal;

import io.redress.aftersale.Case;
import io.redress.aftersale.CaseLine;
import io.redress.aftersale.CaseReason;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.CaseType;
import io.redress.aftersale.Cases;
import io.redress.aftersale.CloseReason;
import io.redress.aftersale.GoodsStage;
import io.redress.aftersale.InterventionStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Cases in after_sale_case and after_sale_case_line; a save is a compare-and-set on the version. */
@Repository
class JdbcCases implements Cases {

    private static final String COLUMNS = "case_id, order_id, buyer_id, shop_id, case_type, reason, status,"
            + " intervention, close_reason, goods_stage, timer_category, currency, requested_amount, agreed_amount, refunded_amount,"
            + " return_address, return_address_by_system, policy_profile, policy_version, version, created_at, updated_at";

    private final JdbcClient jdbc;

    JdbcCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Case> find(String caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM after_sale_case WHERE case_id = ?").param(caseId)
                .query(this::row).optional();
    }

    @Override
    public List<Case> ofOrder(String orderId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM after_sale_case WHERE order_id = ? ORDER BY created_at, case_id")
                .param(orderId).query(this::row).list();
    }

    @Override
    @Transactional
    public Case add(Case created) {
        Case stored = truncated(created);
        jdbc.sql("INSERT INTO after_sale_case (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?)")
                .params(stored.caseId(), stored.orderId(), stored.buyerId(), stored.shopId(), stored.type().name(),
                        stored.reason().name(), stored.status().name(), stored.intervention().name(),
                        name(stored.closeReason()), stored.goods().name(), stored.timerCategory(), stored.currency(), stored.requestedAmount(),
                        stored.agreedAmount(), stored.refundedAmount(), address(stored), bySystem(stored), stored.policyProfile(), stored.policyVersion(),
                        stored.version(), utc(stored.createdAt()), utc(stored.updatedAt()))
                .update();
        for (CaseLine line : stored.lines()) {
            jdbc.sql("INSERT INTO after_sale_case_line (case_id, line_id, quantity) VALUES (?, ?, ?)")
                    .params(stored.caseId(), line.lineId(), line.quantity()).update();
        }
        return stored;
    }

    @Override
    @Transactional
    public Case save(Case changed) {
        Case stored = truncated(changed);
        int updated = jdbc.sql("UPDATE after_sale_case SET status = ?, intervention = ?, close_reason = ?, reason = ?,"
                        + " requested_amount = ?, agreed_amount = ?, refunded_amount = ?, return_address = ?,"
                        + " return_address_by_system = ?, version = ?, updated_at = ?"
                        + " WHERE case_id = ? AND version = ?")
                .params(stored.status().name(), stored.intervention().name(), name(stored.closeReason()),
                        stored.reason().name(),
                        stored.requestedAmount(), stored.agreedAmount(), stored.refundedAmount(), address(stored),
                        bySystem(stored), stored.version(),
                        utc(stored.updatedAt()), stored.caseId(), stored.version() - 1)
                .update();
        if (updated == 0) {
            Case current = find(stored.caseId())
                    .orElseThrow(() -> new IllegalStateException("no case " + stored.caseId() + " to save"));
            throw new StaleCase(current);
        }
        return stored;
    }

    private Case row(ResultSet row, int n) throws SQLException {
        String caseId = row.getString("case_id");
        long agreed = row.getLong("agreed_amount");
        Long agreedAmount = row.wasNull() ? null : agreed;
        String closeReason = row.getString("close_reason");
        return new Case(caseId, row.getString("order_id"), row.getString("buyer_id"), row.getString("shop_id"),
                CaseType.valueOf(row.getString("case_type")), CaseReason.valueOf(row.getString("reason")),
                CaseStatus.valueOf(row.getString("status")), InterventionStatus.valueOf(row.getString("intervention")),
                closeReason == null ? null : CloseReason.valueOf(closeReason),
                GoodsStage.valueOf(row.getString("goods_stage")), row.getString("timer_category"),
                row.getString("currency"),
                row.getLong("requested_amount"), agreedAmount, row.getLong("refunded_amount"), lines(caseId), returnAddress(row),
                row.getString("policy_profile"), row.getInt("policy_version"), row.getLong("version"),
                instant(row, "created_at"), instant(row, "updated_at"));
    }

    private static Case.ReturnAddress returnAddress(ResultSet row) throws SQLException {
        String address = row.getString("return_address");
        return address == null ? null : new Case.ReturnAddress(address, row.getBoolean("return_address_by_system"));
    }

    private static String address(Case c) {
        return c.returnAddress() == null ? null : c.returnAddress().address();
    }

    private static Boolean bySystem(Case c) {
        return c.returnAddress() == null ? null : c.returnAddress().bySystem();
    }

    private List<CaseLine> lines(String caseId) {
        return jdbc.sql("SELECT line_id, quantity FROM after_sale_case_line WHERE case_id = ? ORDER BY line_id")
                .param(caseId).query((r, n) -> new CaseLine(r.getString("line_id"), r.getInt("quantity"))).list();
    }

    /** The database keeps microseconds; the returned value is what a later read gives back. */
    private static Case truncated(Case c) {
        return new Case(c.caseId(), c.orderId(), c.buyerId(), c.shopId(), c.type(), c.reason(), c.status(),
                c.intervention(), c.closeReason(), c.goods(), c.timerCategory(), c.currency(), c.requestedAmount(), c.agreedAmount(),
                c.refundedAmount(), c.lines(), c.returnAddress(), c.policyProfile(), c.policyVersion(), c.version(),
                c.createdAt().truncatedTo(ChronoUnit.MICROS), c.updatedAt().truncatedTo(ChronoUnit.MICROS));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
