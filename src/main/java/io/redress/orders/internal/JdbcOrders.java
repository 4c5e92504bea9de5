package io.redress.orders.internal;

import io.redress.orders.Discount;
import io.redress.orders.DiscountKind;
import io.redress.orders.DiscountShare;
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

    /**
     * An order in three statements: its row with its lines and each line's shipment and signature (one row per line:
     * the fulfilment table holds at most one row per line and event), its discounts with their shares, its payments.
     */
    private Optional<Order> load(String orderId) {
        List<Header> rows = jdbc.sql("""
                SELECT o.buyer_id, o.shop_id, o.currency, o.placed_at, o.paid_at, o.shipping_fee, o.free_shipping,
                       o.shipping_refunded, o.shipping_reserved,
                       l.line_id, l.line_no, l.sku, l.title, l.category, l.quantity, l.unit_price, l.virtual_good,
                       l.no_reason_return, l.no_reason_return_confirmed_at, l.gift, l.gift_value, l.gift_for,
                       l.paid_amount, l.refunded_quantity, l.refunded_amount, l.reserved_quantity, l.reserved_amount,
                       sh.happened_at AS shipped_at, si.happened_at AS signed_at
                  FROM orders o
                  LEFT JOIN order_lines l ON l.order_id = o.order_id
                  LEFT JOIN order_fulfilment sh ON sh.order_id = l.order_id AND sh.line_id = l.line_id AND sh.event = 'SHIPPED'
                  LEFT JOIN order_fulfilment si ON si.order_id = l.order_id AND si.line_id = l.line_id AND si.event = 'SIGNED'
                 WHERE o.order_id = ?
                 ORDER BY l.line_no
                """).param(orderId).query((rs, n) -> header(rs)).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<DiscountShare>> shares = new HashMap<>();
        List<DiscountRow> discountRows = discounts(orderId, shares);
        shares.values().forEach(list -> list.sort(java.util.Comparator.comparing(DiscountShare::kind)
                .thenComparing(DiscountShare::discountId)));
        List<OrderLine> lines = rows.stream().filter(row -> row.line() != null).map(row -> row.line().with(shares))
                .toList();
        Map<String, List<String>> appliesTo = new LinkedHashMap<>();
        lines.forEach(line -> line.discountShares().forEach(share ->
                appliesTo.computeIfAbsent(share.discountId(), k -> new ArrayList<>()).add(line.lineId())));
        List<Discount> discounts = discountRows.stream().map(d -> new Discount(d.discountId(), d.kind(), d.amount(),
                d.fundedBy(), appliesTo.getOrDefault(d.discountId(), List.of()), d.threshold())).toList();
        List<Payment> payments = jdbc.sql("SELECT * FROM order_payments WHERE order_id = ? ORDER BY payment_no")
                .param(orderId)
                .query((row, n) -> new Payment(row.getString("payment_id"),
                        PaymentMethod.valueOf(row.getString("method")), row.getLong("amount"),
                        row.getString("psp_reference"), row.getLong("refunded_amount"), row.getLong("reserved_amount")))
                .list();
        Header order = rows.get(0);
        return Optional.of(new Order(orderId, order.buyerId(), order.shopId(), order.currency(), order.placedAt(),
                order.paidAt(), lines, discounts, order.shippingFee(), order.freeShipping(), order.shippingRefunded(),
                order.shippingReserved(), payments));
    }

    /** One row of the order's first statement: the order's columns, and one line of it (none for an order without lines). */
    private record Header(String buyerId, String shopId, Currency currency, Instant placedAt, Instant paidAt,
            long shippingFee, boolean freeShipping, long shippingRefunded, long shippingReserved, LineRow line) {
    }

    /** A line as read, waiting for its discount shares (read by the next statement). */
    private interface LineRow {
        OrderLine with(Map<String, List<DiscountShare>> shares);
    }

    private record DiscountRow(String discountId, DiscountKind kind, long amount, Funder fundedBy, Long threshold) {
    }

    private static Header header(ResultSet rs) throws SQLException {
        return new Header(rs.getString("buyer_id"), rs.getString("shop_id"),
                Currency.getInstance(rs.getString("currency")), instant(rs, "placed_at"), instant(rs, "paid_at"),
                rs.getLong("shipping_fee"), rs.getBoolean("free_shipping"), rs.getLong("shipping_refunded"),
                rs.getLong("shipping_reserved"), rs.getString("line_id") == null ? null : line(rs));
    }

    private static LineRow line(ResultSet rs) throws SQLException {
        String lineId = rs.getString("line_id");
        int lineNo = rs.getInt("line_no");
        String sku = rs.getString("sku");
        String title = rs.getString("title");
        String category = rs.getString("category");
        int quantity = rs.getInt("quantity");
        long unitPrice = rs.getLong("unit_price");
        boolean virtual = rs.getBoolean("virtual_good");
        NoReasonReturn noReasonReturn = NoReasonReturn.valueOf(rs.getString("no_reason_return"));
        boolean gift = rs.getBoolean("gift");
        long giftValue = rs.getLong("gift_value");
        String giftFor = rs.getString("gift_for");
        long paidAmount = rs.getLong("paid_amount");
        Instant shippedAt = instant(rs, "shipped_at");
        Instant signedAt = instant(rs, "signed_at");
        LineRefunds refunds = new LineRefunds(rs.getInt("refunded_quantity"), rs.getLong("refunded_amount"),
                rs.getInt("reserved_quantity"), rs.getLong("reserved_amount"));
        Instant confirmedAt = instant(rs, "no_reason_return_confirmed_at");
        return shares -> new OrderLine(lineId, lineNo, sku, title, category, quantity, unitPrice, virtual,
                noReasonReturn, gift, giftValue, giftFor, paidAmount, shares.getOrDefault(lineId, List.of()),
                shippedAt, signedAt, refunds, confirmedAt);
    }

    /**
     * The order's discounts in applying order, one row per share (a discount without shares: one row), collecting
     * each line's shares into {@code shares}.
     */
    private List<DiscountRow> discounts(String orderId, Map<String, List<DiscountShare>> shares) {
        Map<String, DiscountRow> discounts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT d.discount_id, d.kind, d.amount, d.funded_by, d.threshold, s.line_id, s.amount AS share_amount
                  FROM order_discounts d
                  LEFT JOIN order_discount_shares s ON s.order_id = d.order_id AND s.discount_id = d.discount_id
                 WHERE d.order_id = ?
                 ORDER BY d.discount_no
                """).param(orderId)
                .query(rs -> {
                    DiscountRow discount = discounts.get(rs.getString("discount_id"));
                    if (discount == null) {
                        discount = new DiscountRow(rs.getString("discount_id"), DiscountKind.valueOf(rs.getString("kind")),
                                rs.getLong("amount"), Funder.valueOf(rs.getString("funded_by")),
                                rs.getObject("threshold") == null ? null : rs.getLong("threshold"));
                        discounts.put(discount.discountId(), discount);
                    }
                    String lineId = rs.getString("line_id");
                    if (lineId != null) {
                        shares.computeIfAbsent(lineId, k -> new ArrayList<>()).add(new DiscountShare(
                                discount.discountId(), discount.kind(), rs.getLong("share_amount"), discount.fundedBy()));
                    }
                });
        return List.copyOf(discounts.values());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
