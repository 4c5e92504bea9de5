package io.redress.orders;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves refund totals of an order: reserve (a refund in flight), release (it will not happen) and settle
 * (reserved becomes refunded). Each call holds the order's row lock and applies all parts or none, joining the
 * caller's transaction so a case's state change and its reservation commit together. Refunded + reserved never
 * exceeds what was paid, per line (units and money), per payment and for shipping; CHECK constraints back it.
 */
@Service
public class OrderRefunds {

    private final JdbcClient jdbc;
    private final OrderLocks locks;

    OrderRefunds(JdbcClient jdbc, OrderLocks locks) {
        this.jdbc = jdbc;
        this.locks = locks;
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
        for (RefundSplit.Line line : split.lines()) {
            int updated = jdbc.sql("UPDATE order_lines SET "
                            + set(move, "refunded_quantity", "reserved_quantity", "quantity") + ", "
                            + set(move, "refunded_amount", "reserved_amount", "amount")
                            + " WHERE order_id = :orderId AND line_id = :lineId"
                            + " AND " + guard(move, "refunded_quantity", "reserved_quantity", "quantity", "quantity")
                            + " AND " + guard(move, "refunded_amount", "reserved_amount", "amount", "paid_amount"))
                    .param("orderId", orderId).param("lineId", line.lineId())
                    .param("quantity", line.quantity()).param("amount", line.amount())
                    .update();
            refuseUnless(updated, orderId, "line " + line.lineId(),
                    "SELECT COUNT(*) FROM order_lines WHERE order_id = :orderId AND line_id = :id", line.lineId());
        }
        for (RefundSplit.Payment payment : split.payments()) {
            int updated = jdbc.sql("UPDATE order_payments SET " + set(move, "refunded_amount", "reserved_amount", "amount")
                            + " WHERE order_id = :orderId AND payment_id = :paymentId"
                            + " AND " + guard(move, "refunded_amount", "reserved_amount", "amount", "amount"))
                    .param("orderId", orderId).param("paymentId", payment.paymentId()).param("amount", payment.amount())
                    .update();
            refuseUnless(updated, orderId, "payment " + payment.paymentId(),
                    "SELECT COUNT(*) FROM order_payments WHERE order_id = :orderId AND payment_id = :id", payment.paymentId());
        }
        if (split.shippingAmount() > 0) {
            int updated = jdbc.sql("UPDATE orders SET " + set(move, "shipping_refunded", "shipping_reserved", "amount")
                            + " WHERE order_id = :orderId"
                            + " AND " + guard(move, "shipping_refunded", "shipping_reserved", "amount", "shipping_fee"))
                    .param("orderId", orderId).param("amount", split.shippingAmount())
                    .update();
            refuseUnless(updated, orderId, "shipping", "SELECT COUNT(*) FROM orders WHERE order_id = :orderId", null);
        }
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
    private void refuseUnless(int updated, String orderId, String what, String existence, String id) {
        if (updated == 1) {
            return;
        }
        var count = jdbc.sql(existence).param("orderId", orderId);
        if (id != null) {
            count = count.param("id", id);
        }
        if (count.query(Long.class).single() == 0) {
            throw new IllegalArgumentException("order " + orderId + " has no " + what);
        }
        throw new RefundExceedsPaid(orderId, what);
    }
}
