package io.redress.orders.internal;

import org.springframework.modulith.NamedInterface;
import io.redress.orders.FulfilmentEvent;
import io.redress.orders.FulfilmentRecorded;
import io.redress.orders.Order;
import io.redress.orders.OrderLine;
import io.redress.orders.OrderLocks;
import io.redress.orders.Orders;
import io.redress.shared.ConflictingState;
import io.redress.shared.DeferredInserts;
import io.redress.shared.ProblemType;
import io.redress.shared.ResourceNotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that lines were shipped or signed for. A line is signed only after it was shipped: a SIGNED report
 * for an unshipped line is refused (409) rather than guessed into a shipment, and each event happens once per line.
 */
@NamedInterface("intake")
@Service
public class Fulfilment {

    static final ProblemType FULFILMENT_CONFLICT = new ProblemType("fulfilment-conflict");

    private final JdbcClient jdbc;
    private final DeferredInserts inserts;
    private final Orders orders;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OrderLocks locks;

    Fulfilment(JdbcClient jdbc, DeferredInserts inserts, Orders orders, ApplicationEventPublisher events, Clock clock,
            OrderLocks locks) {
        this.jdbc = jdbc;
        this.inserts = inserts;
        this.orders = orders;
        this.events = events;
        this.clock = clock;
        this.locks = locks;
    }

    /**
     * Records the report on an existing order (404 otherwise) and answers with the order as it is now. The order
     * is read once, under its lock; the answer is that order with this report's lines marked.
     */
    @Transactional
    public Order record(String orderId, FulfilmentReport report) {
        // the lock goes with the order's read below (nothing runs before it): an order that does not exist is not found
        locks.lockWithNextStatement(orderId);
        Violations fields = new Violations();
        FulfilmentEvent event = fields.oneOf("event", report.event(), FulfilmentEvent.class, true);
        if (report.lineIds() != null) {
            if (report.lineIds().isEmpty()) {
                fields.add("lineIds", "must name at least one line (omit it for the whole order)");
            }
            for (int j = 0; j < report.lineIds().size(); j++) {
                fields.text("lineIds[" + j + "]", report.lineIds().get(j), true, 64);
            }
        }
        fields.text("carrier", report.carrier(), false, 64);
        fields.text("trackingNo", report.trackingNo(), false, 64);
        Order order = orders.find(orderId).orElseThrow(() -> new ResourceNotFound("order", orderId));
        fields.throwIfMalformed();

        Instant at = OrderIntake.utc(report.at() == null ? clock.instant() : report.at().toInstant()).toInstant();
        List<OrderLine> lines = lines(order, report.lineIds());
        checkOrder(order, event, lines, at);
        inserts.insertRows("""
                INSERT INTO order_fulfilment (order_id, line_id, event, happened_at, carrier, tracking_no, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, lines.stream().map(line -> new Object[] {orderId, line.lineId(), event.name(), OrderIntake.utc(at),
                report.carrier(), report.trackingNo(), OrderIntake.utc(clock.instant())}).toList());
        events.publishEvent(new FulfilmentRecorded(orderId, event, lines.stream().map(OrderLine::lineId).toList(), at));
        return marked(order, event, lines, at);
    }

    /** The order as read, with the reported lines shipped or signed for at {@code at} (already to the microsecond). */
    private static Order marked(Order order, FulfilmentEvent event, List<OrderLine> reported, Instant at) {
        Set<String> ids = new LinkedHashSet<>(reported.stream().map(OrderLine::lineId).toList());
        List<OrderLine> lines = order.lines().stream().map(l -> !ids.contains(l.lineId()) ? l
                : new OrderLine(l.lineId(), l.lineNo(), l.sku(), l.title(), l.category(), l.quantity(), l.unitPrice(),
                        l.virtual(), l.noReasonReturn(), l.gift(), l.giftValue(), l.giftFor(), l.paidAmount(),
                        l.discountShares(), event == FulfilmentEvent.SHIPPED ? at : l.shippedAt(),
                        event == FulfilmentEvent.SIGNED ? at : l.signedAt(), l.refunds(),
                        l.noReasonReturnConfirmedAt())).toList();
        return new Order(order.orderId(), order.buyerId(), order.shopId(), order.currency(), order.placedAt(),
                order.paidAt(), lines, order.discounts(), order.shippingFee(), order.freeShipping(),
                order.shippingRefunded(), order.shippingReserved(), order.payments());
    }

    private static List<OrderLine> lines(Order order, List<String> lineIds) {
        if (lineIds == null) {
            return order.lines();
        }
        Violations unknown = new Violations();
        Set<String> wanted = new LinkedHashSet<>();
        for (int j = 0; j < lineIds.size(); j++) {
            if (order.line(lineIds.get(j)).isEmpty()) {
                unknown.add("lineIds[" + j + "]", "names no line of order " + order.orderId() + ": " + lineIds.get(j));
            }
            wanted.add(lineIds.get(j));
        }
        unknown.throwIfInconsistent();
        return order.lines().stream().filter(line -> wanted.contains(line.lineId())).toList();
    }

    private static void checkOrder(Order order, FulfilmentEvent event, List<OrderLine> lines, Instant at) {
        Violations timing = new Violations();
        if (at.isBefore(order.paidAt())) {
            timing.add("at", "must not be before the order was paid (" + order.paidAt() + ")");
        }
        List<String> refused = new ArrayList<>();
        for (OrderLine line : lines) {
            if (event == FulfilmentEvent.SHIPPED && line.shipped()) {
                refused.add(line.lineId() + " was already shipped");
            } else if (event == FulfilmentEvent.SIGNED && line.signed()) {
                refused.add(line.lineId() + " was already signed for");
            } else if (event == FulfilmentEvent.SIGNED && !line.shipped()) {
                refused.add(line.lineId() + " has not been shipped; report SHIPPED first");
            } else if (event == FulfilmentEvent.SIGNED && at.isBefore(line.shippedAt())) {
                timing.add("at", "must not be before line " + line.lineId() + " was shipped (" + line.shippedAt() + ")");
            }
        }
        if (!refused.isEmpty()) {
            throw new ConflictingState(FULFILMENT_CONFLICT, String.join("; ", refused));
        }
        timing.throwIfInconsistent();
    }
}
