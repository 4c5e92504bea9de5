package io.redress.orders.internal;

import io.redress.orders.Discount;
import io.redress.orders.DiscountKind;
import io.redress.orders.DiscountShare;
import io.redress.orders.FulfilmentEvent;
import io.redress.orders.Funder;
import io.redress.orders.LineRefunds;
import io.redress.orders.NoReasonReturn;
import io.redress.orders.Order;
import io.redress.orders.OrderLine;
import io.redress.orders.Orders;
import io.redress.orders.Payment;
import io.redress.orders.PaymentMethod;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads order snapshots, their frozen shares, fulfilment and refund totals with explicit SQL. */
@Repository
class JdbcOrders implements Orders {

    private final JdbcClient jdbc;

    JdbcOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Order> find(String orderId) {
        return load(orderId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Order> placedBy(String buyerId, int max) {
        return newest("buyer_id", buyerId, max);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Order> forShop(String shopId, int max) {
        return newest("shop_id", shopId, max);
    }

    @Override
    @Transactional(readOnly = true)
    public long countPlacedBy(String buyerId, Instant after, Instant notAfter) {
        return placed("buyer_id", buyerId, after, notAfter);
    }

    @Override
    @Transactional(readOnly = true)
    public long countForShop(String shopId, Instant after, Instant notAfter) {
        return placed("shop_id", shopId, after, notAfter);
    }

    // column is one of two constants above, never caller input
    private long placed(String column, String id, Instant after, Instant notAfter) {
        return jdbc.sql("SELECT COUNT(*) FROM orders WHERE " + column + " = ? AND placed_at > ? AND placed_at <= ?")
                .params(id, after.atOffset(java.time.ZoneOffset.UTC), notAfter.atOffset(java.time.ZoneOffset.UTC))
                .query(Long.class).single();
    }

    // column is one of two constants above, never caller input
    private List<Order> newest(String column, String id, int max) {
        return jdbc.sql("SELECT order_id FROM orders WHERE " + column + " = ? ORDER BY placed_at DESC, order_id"
                        + " FETCH FIRST " + Math.max(0, max) + " ROWS ONLY")
                .param(id).query(String.class).list().stream().map(this::load).flatMap(Optional::stream).toList();
    }

    /** An order in six statements: its row, then lines, shares, discounts, payments and fulfilment. */
    private Optional<Order> load(String orderId) {
        return jdbc.sql("SELECT * FROM orders WHERE order_id = ?").param(orderId)
                .query((rs, n) -> header(rs)).optional()
                .map(header -> header.with(orderId));
    }

    /** The orders row, waiting for the rows of the order's other tables. */
    private interface Header {
        Order with(String orderId);
    }

    private Header header(ResultSet rs) throws SQLException {
        String orderId = rs.getString("order_id");
        String buyerId = rs.getString("buyer_id");
        String shopId = rs.getString("shop_id");
        Currency currency = Currency.getInstance(rs.getString("currency"));
        Instant placedAt = instant(rs, "placed_at");
        Instant paidAt = instant(rs, "paid_at");
        long shippingFee = rs.getLong("shipping_fee");
        boolean freeShipping = rs.getBoolean("free_shipping");
        long shippingRefunded = rs.getLong("shipping_refunded");
        long shippingReserved = rs.getLong("shipping_reserved");
        return id -> {
            Map<String, List<DiscountShare>> shares = shares(id);
            Map<String, Map<FulfilmentEvent, Instant>> fulfilment = fulfilment(id);
            List<OrderLine> lines = jdbc.sql("SELECT * FROM order_lines WHERE order_id = ? ORDER BY line_no").param(id)
                    .query((row, n) -> line(row, shares, fulfilment)).list();
            List<Discount> discounts = discounts(id, lines);
            List<Payment> payments = jdbc.sql("SELECT * FROM order_payments WHERE order_id = ? ORDER BY payment_no")
                    .param(id)
                    .query((row, n) -> new Payment(row.getString("payment_id"),
                            PaymentMethod.valueOf(row.getString("method")), row.getLong("amount"),
                            row.getString("psp_reference"), row.getLong("refunded_amount"), row.getLong("reserved_amount")))
                    .list();
            return new Order(orderId, buyerId, shopId, currency, placedAt, paidAt, lines, discounts, shippingFee,
                    freeShipping, shippingRefunded, shippingReserved, payments);
        };
    }

    private static OrderLine line(ResultSet rs, Map<String, List<DiscountShare>> shares,
            Map<String, Map<FulfilmentEvent, Instant>> fulfilment) throws SQLException {
        String lineId = rs.getString("line_id");
        Map<FulfilmentEvent, Instant> events = fulfilment.getOrDefault(lineId, Map.of());
        return new OrderLine(lineId, rs.getInt("line_no"), rs.getString("sku"), rs.getString("title"),
                rs.getString("category"), rs.getInt("quantity"), rs.getLong("unit_price"), rs.getBoolean("virtual_good"),
                NoReasonReturn.valueOf(rs.getString("no_reason_return")), rs.getBoolean("gift"), rs.getLong("gift_value"),
                rs.getString("gift_for"), rs.getLong("paid_amount"), shares.getOrDefault(lineId, List.of()),
                events.get(FulfilmentEvent.SHIPPED), events.get(FulfilmentEvent.SIGNED),
                new LineRefunds(rs.getInt("refunded_quantity"), rs.getLong("refunded_amount"),
                        rs.getInt("reserved_quantity"), rs.getLong("reserved_amount")),
                instant(rs, "no_reason_return_confirmed_at"));
    }

    /** Shares per line, in the order the discounts were applied (kind, then discountId). */
    private Map<String, List<DiscountShare>> shares(String orderId) {
        Map<String, List<DiscountShare>> shares = new HashMap<>();
        jdbc.sql("""
                SELECT s.line_id, s.discount_id, s.amount, d.kind, d.funded_by
                  FROM order_discount_shares s
                  JOIN order_discounts d ON d.order_id = s.order_id AND d.discount_id = s.discount_id
                 WHERE s.order_id = ?
                """).param(orderId)
                .query((rs, n) -> Map.entry(rs.getString("line_id"), new DiscountShare(rs.getString("discount_id"),
                        DiscountKind.valueOf(rs.getString("kind")), rs.getLong("amount"),
                        Funder.valueOf(rs.getString("funded_by")))))
                .list()
                .forEach(entry -> shares.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue()));
        shares.values().forEach(list -> list.sort(java.util.Comparator.comparing(DiscountShare::kind)
                .thenComparing(DiscountShare::discountId)));
        return shares;
    }

    /** The discounts, each with the lines it applies to in line order (the lines' shares name them). */
    private List<Discount> discounts(String orderId, List<OrderLine> lines) {
        Map<String, List<String>> appliesTo = new LinkedHashMap<>();
        lines.forEach(line -> line.discountShares().forEach(share ->
                appliesTo.computeIfAbsent(share.discountId(), k -> new ArrayList<>()).add(line.lineId())));
        return jdbc.sql("SELECT * FROM order_discounts WHERE order_id = ? ORDER BY discount_no").param(orderId)
                .query((rs, n) -> new Discount(rs.getString("discount_id"), DiscountKind.valueOf(rs.getString("kind")),
                        rs.getLong("amount"), Funder.valueOf(rs.getString("funded_by")),
                        appliesTo.getOrDefault(rs.getString("discount_id"), List.of()),
                        rs.getObject("threshold") == null ? null : rs.getLong("threshold")))
                .list();
    }

    private Map<String, Map<FulfilmentEvent, Instant>> fulfilment(String orderId) {
        Map<String, Map<FulfilmentEvent, Instant>> events = new HashMap<>();
        jdbc.sql("SELECT line_id, event, happened_at FROM order_fulfilment WHERE order_id = ?").param(orderId)
                .query(rs -> {
                    events.computeIfAbsent(rs.getString("line_id"), k -> new HashMap<>())
                            .put(FulfilmentEvent.valueOf(rs.getString("event")), instant(rs, "happened_at"));
                });
        return events;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
