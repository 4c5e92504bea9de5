package io.redress.reports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows the reports are computed from, read from the tables of the modules that own them (cases and their
 * events, interventions, orders, refund attempts and payments), never written. Each query returns at most
 * {@code limit} rows; the caller asks for one more than it accepts to know that there were too many.
 */
@Component
public class ReportRows {

    /** A case that reached a status: its type and how long after its request. */
    public record Reached(String caseType, Instant requestedAt, Instant reachedAt, String intervention) {
    }

    /** Something that happened at an instant, of a kind. */
    public record Happened(Instant at, String kind) {
    }

    /** Orders of a shop and how many of them had money refunded through a case. */
    public record ShopOrders(String shopId, long orders, long refundedOrders) {
    }

    /** A refund leg paid: when, to which instrument, how much. */
    public record PaidLeg(Instant at, String instrument, String currency, long amount) {
    }

    private final JdbcClient jdbc;

    ReportRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Cases whose transition into one of {@code statuses} happened in [from, to). */
    public List<Reached> reached(List<String> statuses, Instant from, Instant to, String shop, int limit) {
        StringBuilder sql = new StringBuilder("SELECT c.case_type, c.created_at, e.happened_at, c.intervention"
                + " FROM after_sale_case_event e JOIN after_sale_case c ON c.case_id = e.case_id"
                + " WHERE e.happened_at >= ? AND e.happened_at < ? AND e.to_status IN (");
        List<Object> params = new ArrayList<>(List.of(utc(from), utc(to)));
        for (int i = 0; i < statuses.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
            params.add(statuses.get(i));
        }
        sql.append(") AND (e.from_status IS NULL OR e.from_status NOT IN (");
        for (int i = 0; i < statuses.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
            params.add(statuses.get(i));
        }
        sql.append("))");
        return read(sql, params, "c.shop_id", shop, " ORDER BY e.happened_at", limit,
                (rs, n) -> new Reached(rs.getString(1), instant(rs, 2), instant(rs, 3), rs.getString(4)));
    }

    /** Deadlines that expired and were applied by the system (AUTO_… actions) in [from, to), kind = the action. */
    public List<Happened> timerBreaches(Instant from, Instant to, String shop, int limit) {
        StringBuilder sql = new StringBuilder("SELECT e.happened_at, e.action FROM after_sale_case_event e"
                + " JOIN after_sale_case c ON c.case_id = e.case_id WHERE e.happened_at >= ? AND e.happened_at < ?"
                + " AND e.actor = 'SYSTEM' AND e.action LIKE 'AUTO\\_%' ESCAPE '\\'");
        List<Object> params = new ArrayList<>(List.of(utc(from), utc(to)));
        return read(sql, params, "c.shop_id", shop, " ORDER BY e.happened_at", limit,
                (rs, n) -> new Happened(instant(rs, 1), rs.getString(2)));
    }

    /**
     * Disputes whose agents' SLA (time to accept, then time to rule) ran out in [from, min(to, now)) and is still
     * running: the agents had not moved the dispute on by then. kind = the dispute's status.
     */
    public List<Happened> slaBreaches(Instant from, Instant to, Instant now, String shop, int limit) {
        Instant until = to.isBefore(now) ? to : now;
        StringBuilder sql = new StringBuilder("SELECT i.sla_due_at, i.status FROM intervention i"
                + " JOIN after_sale_case c ON c.case_id = i.case_id WHERE i.sla_due_at >= ? AND i.sla_due_at < ?");
        List<Object> params = new ArrayList<>(List.of(utc(from), utc(until)));
        return read(sql, params, "c.shop_id", shop, " ORDER BY i.sla_due_at", limit,
                (rs, n) -> new Happened(instant(rs, 1), rs.getString(2)));
    }

    /** Per shop: orders paid in [from, to), and how many of them have a case that ended REFUNDED. */
    public List<ShopOrders> refundRate(Instant from, Instant to, String shop, int limit) {
        StringBuilder sql = new StringBuilder("SELECT o.shop_id, COUNT(*),"
                + " SUM(CASE WHEN EXISTS (SELECT 1 FROM after_sale_case c WHERE c.order_id = o.order_id"
                + " AND c.status = 'REFUNDED') THEN 1 ELSE 0 END)"
                + " FROM orders o WHERE o.paid_at >= ? AND o.paid_at < ?");
        List<Object> params = new ArrayList<>(List.of(utc(from), utc(to)));
        return read(sql, params, "o.shop_id", shop, " GROUP BY o.shop_id ORDER BY o.shop_id", limit,
                (rs, n) -> new ShopOrders(rs.getString(1), rs.getLong(2), rs.getLong(3)));
    }

    /** Refund legs that succeeded in [from, to) (a succeeded leg is not updated again), with the instrument paid to. */
    public List<PaidLeg> paidLegs(Instant from, Instant to, String shop, int limit) {
        StringBuilder sql = new StringBuilder("SELECT a.updated_at, p.method, a.currency, a.amount FROM refund_attempt a"
                + " JOIN order_payments p ON p.order_id = a.order_id AND p.payment_id = a.payment_id"
                + " JOIN orders o ON o.order_id = a.order_id"
                + " WHERE a.status = 'SUCCEEDED' AND a.updated_at >= ? AND a.updated_at < ?");
        List<Object> params = new ArrayList<>(List.of(utc(from), utc(to)));
        return read(sql, params, "o.shop_id", shop, " ORDER BY a.updated_at", limit,
                (rs, n) -> new PaidLeg(instant(rs, 1), rs.getString(2), rs.getString(3), rs.getLong(4)));
    }

    /** The query narrowed to one shop (when given), then ordered (or grouped) and cut at {@code limit} rows. */
    private <T> List<T> read(StringBuilder sql, List<Object> params, String shopColumn, String shop, String tail,
            int limit, RowMapper<T> row) {
        if (shop != null) {
            sql.append(" AND ").append(shopColumn).append(" = ?");
            params.add(shop);
        }
        sql.append(tail).append(" FETCH FIRST ").append(limit).append(" ROWS ONLY");
        return jdbc.sql(sql.toString()).params(params).query(row).list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
