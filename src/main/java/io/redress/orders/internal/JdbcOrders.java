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
     * An order in one statement, three parts in turn: its row with its lines and each line's shipment and signature
     * (one row per line: the fulfilment table holds at most one row per line and event), its discounts with their
     * shares, its payments. Each part fills its own columns and leaves the others null.
     */
    private Optional<Order> load(String orderId) {
        List<Header> rows = new ArrayList<>();
        Map<String, DiscountRow> discountRows = new LinkedHashMap<>();
        Map<String, List<DiscountShare>> shares = new HashMap<>();
        List<Payment> payments = new ArrayList<>();
        jdbc.sql(LOAD).params(orderId, orderId, orderId).query(rs -> {
            switch (rs.getInt("part")) {
                case LINES -> rows.add(header(rs));
                case DISCOUNTS -> discount(rs, discountRows, shares);
                default -> payments.add(new Payment(rs.getString("payment_id"),
                        PaymentMethod.valueOf(rs.getString("method")), rs.getLong("payment_amount"),
                        rs.getString("psp_reference"), rs.getLong("payment_refunded"), rs.getLong("payment_reserved")));
            }
        });
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        shares.values().forEach(list -> list.sort(java.util.Comparator.comparing(DiscountShare::kind)
                .thenComparing(DiscountShare::discountId)));
        List<OrderLine> lines = rows.stream().filter(row -> row.line() != null).map(row -> row.line().with(shares))
                .toList();
        Map<String, List<String>> appliesTo = new LinkedHashMap<>();
        lines.forEach(line -> line.discountShares().forEach(share ->
                appliesTo.computeIfAbsent(share.discountId(), k -> new ArrayList<>()).add(line.lineId())));
        List<Discount> discounts = discountRows.values().stream().map(d -> new Discount(d.discountId(), d.kind(),
                d.amount(), d.fundedBy(), appliesTo.getOrDefault(d.discountId(), List.of()), d.threshold())).toList();
        Header order = rows.get(0);
        return Optional.of(new Order(orderId, order.buyerId(), order.shopId(), order.currency(), order.placedAt(),
                order.paidAt(), lines, discounts, order.shippingFee(), order.freeShipping(), order.shippingRefunded(),
                order.shippingReserved(), List.copyOf(payments)));
    }

    private static final int LINES = 0;
    private static final int DISCOUNTS = 1;
    private static final int PAYMENTS = 2;

    /** A column of {@link #LOAD}: what one part selects into it, and its type (for the parts that leave it null). */
    private record Column(String expression, String name, String type) {
    }

    private static final List<Column> LINE_COLUMNS = List.of(
            new Column("o.buyer_id", "buyer_id", "VARCHAR"), new Column("o.shop_id", "shop_id", "VARCHAR"),
            new Column("o.currency", "currency", "VARCHAR"),
            new Column("o.placed_at", "placed_at", "TIMESTAMP WITH TIME ZONE"),
            new Column("o.paid_at", "paid_at", "TIMESTAMP WITH TIME ZONE"),
            new Column("o.shipping_fee", "shipping_fee", "BIGINT"),
            new Column("o.free_shipping", "free_shipping", "BOOLEAN"),
            new Column("o.shipping_refunded", "shipping_refunded", "BIGINT"),
            new Column("o.shipping_reserved", "shipping_reserved", "BIGINT"),
            new Column("l.line_id", "line_id", "VARCHAR"), new Column("l.line_no", "line_no", "INTEGER"),
            new Column("l.sku", "sku", "VARCHAR"), new Column("l.title", "title", "VARCHAR"),
            new Column("l.category", "category", "VARCHAR"), new Column("l.quantity", "quantity", "INTEGER"),
            new Column("l.unit_price", "unit_price", "BIGINT"), new Column("l.virtual_good", "virtual_good", "BOOLEAN"),
            new Column("l.no_reason_return", "no_reason_return", "VARCHAR"),
            new Column("l.no_reason_return_confirmed_at", "no_reason_return_confirmed_at", "TIMESTAMP WITH TIME ZONE"),
            new Column("l.gift", "gift", "BOOLEAN"), new Column("l.gift_value", "gift_value", "BIGINT"),
            new Column("l.gift_for", "gift_for", "VARCHAR"), new Column("l.paid_amount", "paid_amount", "BIGINT"),
            new Column("l.refunded_quantity", "refunded_quantity", "INTEGER"),
            new Column("l.refunded_amount", "refunded_amount", "BIGINT"),
            new Column("l.reserved_quantity", "reserved_quantity", "INTEGER"),
            new Column("l.reserved_amount", "reserved_amount", "BIGINT"),
            new Column("sh.happened_at", "shipped_at", "TIMESTAMP WITH TIME ZONE"),
            new Column("si.happened_at", "signed_at", "TIMESTAMP WITH TIME ZONE"));

    private static final List<Column> DISCOUNT_COLUMNS = List.of(
            new Column("d.discount_id", "discount_id", "VARCHAR"), new Column("d.kind", "kind", "VARCHAR"),
            new Column("d.amount", "discount_amount", "BIGINT"), new Column("d.funded_by", "funded_by", "VARCHAR"),
            new Column("d.threshold", "threshold", "BIGINT"), new Column("s.line_id", "share_line_id", "VARCHAR"),
            new Column("s.amount", "share_amount", "BIGINT"));

    private static final List<Column> PAYMENT_COLUMNS = List.of(
            new Column("p.payment_id", "payment_id", "VARCHAR"), new Column("p.method", "method", "VARCHAR"),
            new Column("p.amount", "payment_amount", "BIGINT"), new Column("p.psp_reference", "psp_reference", "VARCHAR"),
            new Column("p.refunded_amount", "payment_refunded", "BIGINT"),
            new Column("p.reserved_amount", "payment_reserved", "BIGINT"));

    /** The order's three parts, in part order, each part in its own order (line, discount, payment number). */
    private static final String LOAD = part(LINES, "l.line_no", """
            FROM orders o
            LEFT JOIN order_lines l ON l.order_id = o.order_id
            LEFT JOIN order_fulfilment sh ON sh.order_id = l.order_id AND sh.line_id = l.line_id AND sh.event = 'SHIPPED'
            LEFT JOIN order_fulfilment si ON si.order_id = l.order_id AND si.line_id = l.line_id AND si.event = 'SIGNED'
            WHERE o.order_id = ?""")
            + " UNION ALL " + part(DISCOUNTS, "d.discount_no", """
            FROM order_discounts d
            LEFT JOIN order_discount_shares s ON s.order_id = d.order_id AND s.discount_id = d.discount_id
            WHERE d.order_id = ?""")
            + " UNION ALL " + part(PAYMENTS, "p.payment_no", "FROM order_payments p WHERE p.order_id = ?")
            + " ORDER BY part, part_no";

    private static String part(int part, String number, String from) {
        List<String> columns = new ArrayList<>(List.of(part + " AS part", number + " AS part_no"));
        List<List<Column>> parts = List.of(LINE_COLUMNS, DISCOUNT_COLUMNS, PAYMENT_COLUMNS);
        for (int i = 0; i < parts.size(); i++) {
            for (Column column : parts.get(i)) {
                columns.add((i == part ? column.expression() : "CAST(NULL AS " + column.type() + ")")
                        + " AS " + column.name());
            }
        }
        return "SELECT " + String.join(", ", columns) + " " + from;
    }

    /** One row of the order's lines part: the order's columns, and one line of it (none for an order without lines). */
    private record Header(String buyerId, String shopId, Currency currency, Instant placedAt, Instant paidAt,
            long shippingFee, boolean freeShipping, long shippingRefunded, long shippingReserved, LineRow line) {
    }

    /** A line as read, waiting for its discount shares (read in the discounts part). */
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

    /** A row of the discounts' part: the discount (once) and the line's share of it, if any, into {@code shares}. */
    private static void discount(ResultSet rs, Map<String, DiscountRow> discounts, Map<String, List<DiscountShare>> shares)
            throws SQLException {
        DiscountRow discount = discounts.get(rs.getString("discount_id"));
        if (discount == null) {
            discount = new DiscountRow(rs.getString("discount_id"), DiscountKind.valueOf(rs.getString("kind")),
                    rs.getLong("discount_amount"), Funder.valueOf(rs.getString("funded_by")),
                    rs.getObject("threshold") == null ? null : rs.getLong("threshold"));
            discounts.put(discount.discountId(), discount);
        }
        String lineId = rs.getString("share_line_id");
        if (lineId != null) {
            shares.computeIfAbsent(lineId, k -> new ArrayList<>()).add(new DiscountShare(
                    discount.discountId(), discount.kind(), rs.getLong("share_amount"), discount.fundedBy()));
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
