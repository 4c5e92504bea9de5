package io.redress.orders.internal;

import org.springframework.modulith.NamedInterface;
import io.redress.orders.Discount;
import io.redress.orders.DiscountShare;
import io.redress.orders.LineRefunds;
import io.redress.orders.Order;
import io.redress.orders.OrderLine;
import io.redress.orders.OrderReceived;
import io.redress.orders.Orders;
import io.redress.orders.Payment;
import io.redress.shared.ConflictingState;
import io.redress.shared.ProblemType;
import io.redress.shared.DeferredInserts;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes orders in from the marketplace: validates, freezes the discount shares, stores the snapshot and
 * publishes {@link OrderReceived} in the same transaction. Idempotent on orderId: the same submission again
 * changes nothing and answers with the stored order; a different one for a known id is a conflict.
 */
@NamedInterface("intake")
@Service
public class OrderIntake {

    /** The stored order, and whether this call created it (false: an identical earlier submission did). */
    public record Receipt(Order order, boolean created) {
    }

    private final JdbcClient jdbc;
    private final DeferredInserts inserts;
    private final Orders orders;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OrderIntake(JdbcClient jdbc, DeferredInserts inserts, Orders orders, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.inserts = inserts;
        this.orders = orders;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public Receipt receive(OrderSubmission submission) {
        AcceptedOrder accepted = OrderAcceptance.accept(submission);
        try {
            return transaction.execute(status -> replay(accepted).orElseGet(() -> store(accepted)));
        } catch (DuplicateKeyException raced) {
            // another request stored the same orderId between our check and our insert
            return transaction.execute(status -> replay(accepted).orElseThrow(() -> raced));
        }
    }

    private java.util.Optional<Receipt> replay(AcceptedOrder accepted) {
        String orderId = accepted.order().orderId();
        return jdbc.sql("SELECT submission_sha256 FROM orders WHERE order_id = ?").param(orderId)
                .query(String.class).optional()
                .map(fingerprint -> {
                    if (!fingerprint.equals(accepted.fingerprint())) {
                        throw new ConflictingState(ProblemType.CONFLICT, "order " + orderId
                                + " was already received with a different body; an order snapshot never changes");
                    }
                    return new Receipt(orders.find(orderId).orElseThrow(), false);
                });
    }

    private Receipt store(AcceptedOrder accepted) {
        Order order = accepted.order();
        // the order's rows are sent with the transaction's next statement (a race on orderId fails there, or at commit)
        inserts.insert("""
                INSERT INTO orders (order_id, buyer_id, shop_id, currency, placed_at, paid_at, shipping_fee, free_shipping,
                                    submission_sha256, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, order.orderId(), order.buyerId(), order.shopId(), order.currency().getCurrencyCode(),
                utc(order.placedAt()), utc(order.paidAt()), order.shippingFee(), order.freeShipping(),
                accepted.fingerprint(), utc(clock.instant()));
        List<Object[]> lines = new ArrayList<>();
        List<Object[]> shares = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            lines.add(new Object[] {order.orderId(), line.lineId(), line.lineNo(), line.sku(), line.title(),
                    line.category(), line.quantity(), line.unitPrice(), line.virtual(), line.noReasonReturn().name(),
                    utc(line.noReasonReturnConfirmedAt()), line.gift(), line.giftValue(), line.giftFor(),
                    line.paidAmount()});
            for (DiscountShare share : line.discountShares()) {
                shares.add(new Object[] {order.orderId(), share.discountId(), line.lineId(), share.amount()});
            }
        }
        List<Object[]> discounts = new ArrayList<>();
        for (int i = 0; i < order.discounts().size(); i++) {
            Discount discount = order.discounts().get(i);
            discounts.add(new Object[] {order.orderId(), discount.discountId(), i + 1, discount.kind().name(),
                    discount.amount(), discount.fundedBy().name(), discount.threshold()});
        }
        List<Object[]> payments = new ArrayList<>();
        for (int i = 0; i < order.payments().size(); i++) {
            Payment payment = order.payments().get(i);
            payments.add(new Object[] {order.orderId(), payment.paymentId(), i + 1, payment.method().name(),
                    payment.amount(), payment.pspReference()});
        }
        batch("""
                INSERT INTO order_lines (order_id, line_id, line_no, sku, title, category, quantity, unit_price,
                                         virtual_good, no_reason_return, no_reason_return_confirmed_at, gift,
                                         gift_value, gift_for, paid_amount)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, lines);
        batch("""
                INSERT INTO order_discounts (order_id, discount_id, discount_no, kind, amount, funded_by, threshold)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, discounts);
        batch("INSERT INTO order_discount_shares (order_id, discount_id, line_id, amount) VALUES (?, ?, ?, ?)", shares);
        batch("""
                INSERT INTO order_payments (order_id, payment_id, payment_no, method, amount, psp_reference)
                VALUES (?, ?, ?, ?, ?, ?)
                """, payments);
        Order stored = asStored(order);
        events.publishEvent(new OrderReceived(stored));
        return new Receipt(stored, true);
    }

    /** One statement for all the rows of a table (none when there are none). */
    private void batch(String sql, List<Object[]> rows) {
        inserts.insertRows(sql, rows);
    }

    /**
     * The order as {@link Orders#find} reads it back right after it was stored, without reading it: times as the
     * database keeps them (microseconds), each line's shares in applying order (kind, then discountId), each
     * discount applying to the lines that hold a share of it, in line order; nothing shipped, refunded or reserved
     * yet (a new order has no fulfilment and no case).
     */
    static Order asStored(Order order) {
        Comparator<DiscountShare> applying = Comparator.comparing(DiscountShare::kind)
                .thenComparing(DiscountShare::discountId);
        List<OrderLine> lines = order.lines().stream().map(line -> new OrderLine(line.lineId(), line.lineNo(),
                line.sku(), line.title(), line.category(), line.quantity(), line.unitPrice(), line.virtual(),
                line.noReasonReturn(), line.gift(), line.giftValue(), line.giftFor(), line.paidAmount(),
                line.discountShares().stream().sorted(applying).toList(), null, null, LineRefunds.NONE,
                micros(line.noReasonReturnConfirmedAt()))).toList();
        Map<String, List<String>> appliesTo = new LinkedHashMap<>();
        lines.forEach(line -> line.discountShares().forEach(share ->
                appliesTo.computeIfAbsent(share.discountId(), k -> new ArrayList<>()).add(line.lineId())));
        List<Discount> discounts = order.discounts().stream().map(d -> new Discount(d.discountId(), d.kind(),
                d.amount(), d.fundedBy(), appliesTo.getOrDefault(d.discountId(), List.of()), d.threshold())).toList();
        List<Payment> payments = order.payments().stream().map(p -> new Payment(p.paymentId(), p.method(), p.amount(),
                p.pspReference(), 0, 0)).toList();
        return new Order(order.orderId(), order.buyerId(), order.shopId(), order.currency(), micros(order.placedAt()),
                micros(order.paidAt()), lines, discounts, order.shippingFee(), order.freeShipping(), 0, 0, payments);
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** Databases keep microseconds, and H2 rounds the rest; truncating first keeps stored times comparable. */
    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
