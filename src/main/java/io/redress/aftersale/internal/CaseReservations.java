package io.redress.aftersale.internal;

import io.redress.orders.OrderRefunds;
import io.redress.orders.RefundSplit;
import io.redress.shared.Money;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The refund each case holds in flight on its order. Every change goes through {@link OrderRefunds} in the
 * caller's transaction and is mirrored here part by part, so a case gives back exactly what it took.
 */
@Repository
public class CaseReservations {

    private final JdbcClient jdbc;
    private final OrderRefunds refunds;

    CaseReservations(JdbcClient jdbc, OrderRefunds refunds) {
        this.jdbc = jdbc;
        this.refunds = refunds;
    }

    /** Reserves {@code split} on the order for the case; fails with RefundExceedsPaid when it does not fit. */
    public void reserve(String caseId, String orderId, RefundSplit split) {
        refunds.reserve(orderId, split);
        for (RefundSplit.Line line : split.lines()) {
            insert(caseId, "LINE", line.lineId(), line.quantity(), line.amount());
        }
        for (RefundSplit.Payment payment : split.payments()) {
            insert(caseId, "PAYMENT", payment.paymentId(), 0, payment.amount());
        }
        if (split.shippingAmount() > 0) {
            insert(caseId, "SHIPPING", "", 0, split.shippingAmount());
        }
    }

    /** What the case holds now (nothing for exchanges and closed cases). */
    public RefundSplit held(String caseId) {
        List<RefundSplit.Line> lines = new ArrayList<>();
        List<RefundSplit.Payment> payments = new ArrayList<>();
        long[] shipping = {0};
        jdbc.sql("SELECT part, part_id, quantity, amount FROM after_sale_case_reservation WHERE case_id = ?"
                        + " ORDER BY part, part_id")
                .param(caseId).query(row -> {
                    switch (row.getString("part")) {
                        case "LINE" -> lines.add(new RefundSplit.Line(row.getString("part_id"), row.getInt("quantity"),
                                row.getLong("amount")));
                        case "PAYMENT" -> payments.add(new RefundSplit.Payment(row.getString("part_id"),
                                row.getLong("amount")));
                        default -> shipping[0] = row.getLong("amount");
                    }
                });
        return new RefundSplit(lines, payments, shipping[0]);
    }

    /** Gives back everything the case holds. */
    public void releaseAll(String caseId, String orderId) {
        RefundSplit held = held(caseId);
        if (held.lines().isEmpty() && held.payments().isEmpty() && held.shippingAmount() == 0) {
            return;
        }
        refunds.release(orderId, held);
        jdbc.sql("DELETE FROM after_sale_case_reservation WHERE case_id = ?").param(caseId).update();
    }

    /** The refund was paid out: everything the case holds becomes refunded on the order, and it holds nothing. */
    public void settleAll(String caseId, String orderId) {
        RefundSplit held = held(caseId);
        if (held.lines().isEmpty() && held.payments().isEmpty() && held.shippingAmount() == 0) {
            return;
        }
        refunds.settle(orderId, held);
        jdbc.sql("DELETE FROM after_sale_case_reservation WHERE case_id = ?").param(caseId).update();
    }

    /**
     * Keeps only {@code amount} of the money the case holds, spread over its parts in proportion, and releases
     * the rest; the units stay reserved, since the goods are still the subject of the refund.
     */
    public void reduceTo(String caseId, String orderId, long amount) {
        RefundSplit held = held(caseId);
        long total = total(held);
        if (amount >= total) {
            return;
        }
        long[] lineParts = new long[held.lines().size() + 1];
        for (int i = 0; i < held.lines().size(); i++) {
            lineParts[i] = held.lines().get(i).amount();
        }
        lineParts[held.lines().size()] = held.shippingAmount();
        long[] keptLines = Money.allocate(amount, lineParts);
        long[] paymentParts = held.payments().stream().mapToLong(RefundSplit.Payment::amount).toArray();
        long[] keptPayments = paymentParts.length == 0 ? paymentParts : Money.allocate(amount, paymentParts);

        List<RefundSplit.Line> releasedLines = new ArrayList<>();
        for (int i = 0; i < held.lines().size(); i++) {
            RefundSplit.Line line = held.lines().get(i);
            releasedLines.add(new RefundSplit.Line(line.lineId(), 0, line.amount() - keptLines[i]));
            update(caseId, "LINE", line.lineId(), keptLines[i]);
        }
        List<RefundSplit.Payment> releasedPayments = new ArrayList<>();
        for (int p = 0; p < held.payments().size(); p++) {
            RefundSplit.Payment payment = held.payments().get(p);
            releasedPayments.add(new RefundSplit.Payment(payment.paymentId(), payment.amount() - keptPayments[p]));
            update(caseId, "PAYMENT", payment.paymentId(), keptPayments[p]);
        }
        long keptShipping = keptLines[held.lines().size()];
        if (held.shippingAmount() > 0) {
            update(caseId, "SHIPPING", "", keptShipping);
        }
        refunds.release(orderId, new RefundSplit(releasedLines, releasedPayments, held.shippingAmount() - keptShipping));
    }

    /** The money of a split: its lines and shipping (equal to the sum over payments). */
    static long total(RefundSplit split) {
        return split.lines().stream().mapToLong(RefundSplit.Line::amount).sum() + split.shippingAmount();
    }

    private void insert(String caseId, String part, String partId, int quantity, long amount) {
        jdbc.sql("INSERT INTO after_sale_case_reservation (case_id, part, part_id, quantity, amount)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(caseId, part, partId, quantity, amount).update();
    }

    private void update(String caseId, String part, String partId, long amount) {
        jdbc.sql("UPDATE after_sale_case_reservation SET amount = ? WHERE case_id = ? AND part = ? AND part_id = ?")
                .params(amount, caseId, part, partId).update();
    }
}
