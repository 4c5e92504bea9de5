package io.redress.orders;

import io.redress.shared.Databases;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves refund totals of an order: reserve (a refund in flight), release (it will not happen) and settle
 * (reserved becomes refunded). Each call holds the order's row lock and applies all parts or none, joining the
 * caller's transaction so a case's state change and its reservation commit together. Refunded + reserved never
 * exceeds what was paid, per line (units and money), per payment and for shipping; CHECK constraints back it.
 *
 * <p>On PostgreSQL every part's guarded update goes in one statement (each in a data-modifying {@code WITH},
 * returning the parts it moved); a part it did not move is refused exactly as its own statement would have been,
 * and the caller's transaction rolls back what the others moved. A split that names a line or a payment twice
 * runs one statement per part, as on H2: one statement updates a row once.
 */
@Service
public class OrderRefunds {

    private final JdbcClient jdbc;
    private final OrderLocks locks;
    private final boolean oneStatement;

    OrderRefunds(JdbcClient jdbc, OrderLocks locks, DataSource dataSource) {
        this.jdbc = jdbc;
        this.locks = locks;
        this.oneStatement = Databases.isPostgreSql(dataSource);
    }

    /** Holds the split as in flight; throws {@link RefundExceedsPaid} if anything would exceed what was paid. */
    @Transactional
    public void reserve(String orderId, RefundSplit split) {
        apply(orderId, split, Move.RESERVE);
    }

    /** Gives back a reservation that will not be paid out. */
    @Transactional
    public void release(String orderId, RefundSplit split) {
        apply(orderId, split, Move.RELEASE);
    }

    /** Turns a reservation into a refund that was paid out. */
    @Transactional
    public void settle(String orderId, RefundSplit split) {
        apply(orderId, split, Move.SETTLE);
    }

    private enum Move { RESERVE, RELEASE, SETTLE }

    private void apply(String orderId, RefundSplit split, Move move) {
        locks.lock(orderId);
        List<Part> parts = parts(split, move);
        if (oneStatement && parts.size() > 1 && namesEachRowOnce(split)) {
            applyInOneStatement(orderId, parts);
            return;
        }
        for (Part part : parts) {
            refuseUnless(bound(jdbc.sql(part.update()).param("orderId", orderId), part).update(), orderId, part);
        }
    }

    /**
     * One guarded update of the split: its statement (named parameters, each suffixed with the part's number), the
     * values of those parameters, what it is called in a refusal and how to tell whether its row exists.
     */
    private record Part(String update, Map<String, Object> params, String what, String existence, String id) {
    }

    private static List<Part> parts(RefundSplit split, Move move) {
        List<Part> parts = new ArrayList<>();
        for (RefundSplit.Line line : split.lines()) {
            int n = parts.size();
            parts.add(new Part("UPDATE order_lines SET "
                    + set(move, "refunded_quantity", "reserved_quantity", "quantity" + n) + ", "
                    + set(move, "refunded_amount", "reserved_amount", "amount" + n)
                    + " WHERE order_id = :orderId AND line_id = :id" + n
                    + " AND " + guard(move, "refunded_quantity", "reserved_quantity", "quantity" + n, "quantity")
                    + " AND " + guard(move, "refunded_amount", "reserved_amount", "amount" + n, "paid_amount"),
                    Map.of("id" + n, line.lineId(), "quantity" + n, line.quantity(), "amount" + n, line.amount()),
                    "line " + line.lineId(), "SELECT COUNT(*) FROM order_lines WHERE order_id = :orderId AND line_id = :id",
                    line.lineId()));
        }
        for (RefundSplit.Payment payment : split.payments()) {
            int n = parts.size();
            parts.add(new Part("UPDATE order_payments SET " + set(move, "refunded_amount", "reserved_amount", "amount" + n)
                    + " WHERE order_id = :orderId AND payment_id = :id" + n
                    + " AND " + guard(move, "refunded_amount", "reserved_amount", "amount" + n, "amount"),
                    Map.of("id" + n, payment.paymentId(), "amount" + n, payment.amount()),
                    "payment " + payment.paymentId(),
                    "SELECT COUNT(*) FROM order_payments WHERE order_id = :orderId AND payment_id = :id",
                    payment.paymentId()));
        }
        if (split.shippingAmount() > 0) {
            int n = parts.size();
            parts.add(new Part("UPDATE orders SET " + set(move, "shipping_refunded", "shipping_reserved", "amount" + n)
                    + " WHERE order_id = :orderId"
                    + " AND " + guard(move, "shipping_refunded", "shipping_reserved", "amount" + n, "shipping_fee"),
                    Map.of("amount" + n, split.shippingAmount()),
                    "shipping", "SELECT COUNT(*) FROM orders WHERE order_id = :orderId", null));
        }
        return parts;
    }

    /** Every part's update in one statement; each returns its number when it moved its row. */
    private void applyInOneStatement(String orderId, List<Part> parts) {
        StringBuilder sql = new StringBuilder("WITH ");
        StringBuilder moved = new StringBuilder();
        for (int n = 0; n < parts.size(); n++) {
            sql.append(n == 0 ? "" : ", ").append("part").append(n).append(" AS (").append(parts.get(n).update())
                    .append(" RETURNING ").append(n).append(" AS part)");
            moved.append(n == 0 ? " " : " UNION ALL ").append("SELECT part FROM part").append(n);
        }
        var statement = jdbc.sql(sql.append(moved).toString()).param("orderId", orderId);
        for (Part part : parts) {
            statement = bound(statement, part);
        }
        Set<Integer> done = new HashSet<>(statement.query(Integer.class).list());
        for (int n = 0; n < parts.size(); n++) {
            refuseUnless(done.contains(n) ? 1 : 0, orderId, parts.get(n));
        }
    }

    /** The statement with the part's parameters bound. */
    private static JdbcClient.StatementSpec bound(JdbcClient.StatementSpec statement, Part part) {
        for (var param : part.params().entrySet()) {
            statement = statement.param(param.getKey(), param.getValue());
        }
        return statement;
    }

    private static boolean namesEachRowOnce(RefundSplit split) {
        Set<String> lines = new HashSet<>();
        Set<String> payments = new HashSet<>();
        return split.lines().stream().allMatch(l -> lines.add(l.lineId()))
                && split.payments().stream().allMatch(p -> payments.add(p.paymentId()));
    }

    private static String set(Move move, String refunded, String reserved, String param) {
        return switch (move) {
            case RESERVE -> reserved + " = " + reserved + " + :" + param;
            case RELEASE -> reserved + " = " + reserved + " - :" + param;
            case SETTLE -> reserved + " = " + reserved + " - :" + param + ", " + refunded + " = " + refunded + " + :" + param;
        };
    }

    /** Reserving is capped by what was paid; releasing and settling by what is reserved. */
    private static String guard(Move move, String refunded, String reserved, String param, String paid) {
        return move == Move.RESERVE
                ? refunded + " + " + reserved + " + :" + param + " <= " + paid
                : reserved + " >= :" + param;
    }

    /** No row changed: either the line or payment does not exist (a caller's bug) or the cap refused the move. */
    private void refuseUnless(int updated, String orderId, Part part) {
        if (updated == 1) {
            return;
        }
        var count = jdbc.sql(part.existence()).param("orderId", orderId);
        if (part.id() != null) {
            count = count.param("id", part.id());
        }
        if (count.query(Long.class).single() == 0) {
            throw new IllegalArgumentException("order " + orderId + " has no " + part.what());
        }
        throw new RefundExceedsPaid(orderId, part.what());
    }
}
