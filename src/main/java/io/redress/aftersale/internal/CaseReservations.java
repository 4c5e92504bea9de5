package io.redress.aftersale.internal;

import io.redress.aftersale.Cases;
import io.redress.amounts.RefundQuote;
import io.redress.orders.OrderRefunds;
import io.redress.orders.RefundSplit;
import io.redress.shared.TransactionMemory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.redress.shared.DeferredInserts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The refund each case holds in flight on its order. Every change goes through {@link OrderRefunds} in the
 * caller's transaction and is mirrored here part by part, so a case gives back exactly what it took.
 */
@Repository
public class CaseReservations {

    private static final String INSERT = "INSERT INTO after_sale_case_reservation (case_id, part, part_id, quantity,"
            + " amount, platform_subsidy, platform_points) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final DeferredInserts inserts;
    private final OrderRefunds refunds;
    private final Cases cases;
    private final JsonMapper json;

    /**
     * What the case holds as this transaction last wrote or reduced it (under the order's lock, after the case's
     * own row was written: no other transaction changes it before this one ends).
     */
    private final TransactionMemory<String, RefundSplit> known = new TransactionMemory<>();
    /** The quote of the case as this transaction read it with the reservation or wrote it (empty: it has none). */
    private final TransactionMemory<String, Optional<String>> quotes = new TransactionMemory<>();

    CaseReservations(JdbcClient jdbc, DeferredInserts inserts, OrderRefunds refunds, Cases cases, JsonMapper json) {
        this.jdbc = jdbc;
        this.inserts = inserts;
        this.refunds = refunds;
        this.cases = cases;
        this.json = json;
    }

    /**
     * Reserves {@code requested} of {@code quote} ({@link RefundQuote#split(long)}, each line with what the platform
     * bears of it) and keeps the quote, which the case's refund decision will cite.
     */
    public void reserve(String caseId, String orderId, RefundQuote quote, long requested) {
        reserve(caseId, orderId, quote.split(requested));
        if (!cases.addedHere(caseId)) { // a case added in this transaction has no quote yet
            jdbc.sql("DELETE FROM after_sale_case_quote WHERE case_id = ?").param(caseId).update();
        }
        String kept = json.writeValueAsString(quote);
        inserts.insert("INSERT INTO after_sale_case_quote (case_id, quote) VALUES (?, ?)", caseId, kept);
        quotes.put(caseId, Optional.of(kept));
    }

    /**
     * The JSON of the quote the case's reservation was taken from; empty for exchanges and older cases. Read with
     * the reservation when this transaction read that ({@link #held}).
     */
    public Optional<String> quote(String caseId) {
        Optional<Optional<String>> remembered = quotes.get(caseId);
        if (remembered.isPresent()) {
            return remembered.get();
        }
        return jdbc.sql("SELECT quote FROM after_sale_case_quote WHERE case_id = ?").param(caseId)
                .query(String.class).optional();
    }

    /** Reserves {@code split} on the order for the case; fails with RefundExceedsPaid when it does not fit. */
    public void reserve(String caseId, String orderId, RefundSplit split) {
        known.forget(caseId);
        refunds.reserve(orderId, split);
        // one row per part, in one statement
        List<Object[]> parts = new ArrayList<>();
        for (RefundSplit.Line line : split.lines()) {
            parts.add(new Object[] {caseId, "LINE", line.lineId(), line.quantity(), line.amount(),
                    line.platformSubsidy(), line.platformPoints()});
        }
        for (RefundSplit.Payment payment : split.payments()) {
            parts.add(new Object[] {caseId, "PAYMENT", payment.paymentId(), 0, payment.amount(), 0L, 0L});
        }
        if (split.shippingAmount() > 0) {
            parts.add(new Object[] {caseId, "SHIPPING", "", 0, split.shippingAmount(), 0L, 0L});
        }
        inserts.insertRows(INSERT, parts);
    }

    /** What the case holds now (nothing for exchanges and closed cases). */
    public RefundSplit held(String caseId) {
        Optional<RefundSplit> remembered = known.get(caseId);
        if (remembered.isPresent()) {
            return remembered.get();
        }
        List<RefundSplit.Line> lines = new ArrayList<>();
        List<RefundSplit.Payment> payments = new ArrayList<>();
        long[] shipping = {0};
        String[] quote = {null};
        // the quote in the same statement: whoever reads what a case holds is deciding its refund, which cites it
        jdbc.sql("SELECT part, part_id, quantity, amount, platform_subsidy, platform_points, NULL AS quote"
                        + " FROM after_sale_case_reservation WHERE case_id = ?"
                        + " UNION ALL SELECT 'QUOTE', '', 0, 0, 0, 0, quote FROM after_sale_case_quote WHERE case_id = ?"
                        + " ORDER BY 1, 2")
                .params(caseId, caseId).query(row -> {
                    switch (row.getString("part")) {
                        case "LINE" -> lines.add(new RefundSplit.Line(row.getString("part_id"), row.getInt("quantity"),
                                row.getLong("amount"), row.getLong("platform_subsidy"), row.getLong("platform_points")));
                        case "PAYMENT" -> payments.add(new RefundSplit.Payment(row.getString("part_id"),
                                row.getLong("amount")));
                        case "QUOTE" -> quote[0] = row.getString("quote");
                        default -> shipping[0] = row.getLong("amount");
                    }
                });
        quotes.put(caseId, Optional.ofNullable(quote[0]));
        return new RefundSplit(lines, payments, shipping[0]);
    }

    /** Gives back everything the case holds. */
    public void releaseAll(String caseId, String orderId) {
        RefundSplit held = held(caseId);
        if (held.lines().isEmpty() && held.payments().isEmpty() && held.shippingAmount() == 0) {
            return;
        }
        refunds.release(orderId, held);
        inserts.write("DELETE FROM after_sale_case_reservation WHERE case_id = ?", caseId);
        known.put(caseId, new RefundSplit(List.of(), List.of(), 0));
    }

    /**
     * The refund was paid out: everything the case holds ({@code held}, as the caller read it in this transaction,
     * under the order's lock, so nothing changed it since) becomes refunded on the order, and it holds nothing.
     */
    public void settle(String caseId, String orderId, RefundSplit held) {
        if (held.lines().isEmpty() && held.payments().isEmpty() && held.shippingAmount() == 0) {
            return;
        }
        refunds.settle(orderId, held);
        inserts.write("DELETE FROM after_sale_case_reservation WHERE case_id = ?", caseId);
        known.put(caseId, new RefundSplit(List.of(), List.of(), 0));
    }

    /**
     * Keeps only {@code amount} of the money the case holds, scaled over its parts by {@link RefundSplit#scaledTo}
     * (the same rule as a quote's lower amount), and releases the rest; the units stay reserved, since the goods are
     * still the subject of the refund.
     */
    public RefundSplit reduceTo(String caseId, String orderId, long amount) {
        RefundSplit held = held(caseId);
        if (amount >= held.total()) {
            known.put(caseId, held);
            return held;
        }
        RefundSplit kept = held.scaledTo(amount);
        for (RefundSplit.Line line : kept.lines()) {
            update(caseId, "LINE", line.lineId(), line.amount(), line.platformSubsidy(), line.platformPoints());
        }
        for (RefundSplit.Payment payment : kept.payments()) {
            update(caseId, "PAYMENT", payment.paymentId(), payment.amount(), 0, 0);
        }
        if (held.shippingAmount() > 0) {
            update(caseId, "SHIPPING", "", kept.shippingAmount(), 0, 0);
        }
        refunds.release(orderId, held.less(kept));
        known.put(caseId, kept); // what the rows now say, in held's order (scaling keeps the units)
        return kept;
    }

    /** The money of a split: its lines and shipping (equal to the sum over payments). */
    static long total(RefundSplit split) {
        return split.total();
    }

    private void update(String caseId, String part, String partId, long amount, long platformSubsidy,
            long platformPoints) {
        jdbc.sql("UPDATE after_sale_case_reservation SET amount = ?, platform_subsidy = ?, platform_points = ?"
                        + " WHERE case_id = ? AND part = ? AND part_id = ?")
                .params(amount, platformSubsidy, platformPoints, caseId, part, partId).update();
    }
}
