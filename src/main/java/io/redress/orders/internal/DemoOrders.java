package io.redress.orders.internal;

import io.redress.orders.FulfilmentEvent;
import io.redress.shared.ConflictingState;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo orders of {@link DemoOrderBook} into an empty orders table when demo mode is on, with times
 * relative to the clock at seeding. They go through the same intake and fulfilment as the API, so they are
 * valid by construction.
 */
@Component
@ConditionalOnProperty(name = "redress.demo", havingValue = "true")
class DemoOrders {

    private static final Logger log = LoggerFactory.getLogger(DemoOrders.class);

    private final JdbcClient jdbc;
    private final OrderIntake intake;
    private final Fulfilment fulfilment;
    private final Clock clock;

    DemoOrders(JdbcClient jdbc, OrderIntake intake, Fulfilment fulfilment, Clock clock) {
        this.jdbc = jdbc;
        this.intake = intake;
        this.fulfilment = fulfilment;
        this.clock = clock;
    }

    /** After startup, so Flyway has created the tables. */
    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (jdbc.sql("SELECT COUNT(*) FROM orders").query(Long.class).single() > 0) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        var book = new DemoOrderBook(now);
        try {
            seedAll(book, now);
        } catch (ConflictingState seededElsewhere) {
            // another instance on the same database seeded them a moment earlier, with its own clock reading
            log.info("Demo orders were seeded by another instance: {}", seededElsewhere.getMessage());
            return;
        }
        log.info("Seeded {} demo orders", book.orders().size());
    }

    private void seedAll(DemoOrderBook book, Instant now) {
        for (DemoOrderBook.DemoOrder order : book.orders()) {
            place(order, now);
        }
    }

    /** Receives one demo order and reports it shipped and signed as long before {@code now} as the book says. */
    void place(DemoOrderBook.DemoOrder order, Instant now) {
        intake.receive(order.submission());
        if (order.shippedAgo() != null) {
            report(order, FulfilmentEvent.SHIPPED, now.minus(order.shippedAgo()), order.shippedLines());
        }
        if (order.signedAgo() != null) {
            report(order, FulfilmentEvent.SIGNED, now.minus(order.signedAgo()), order.shippedLines());
        }
    }

    private void report(DemoOrderBook.DemoOrder order, FulfilmentEvent event, Instant at, List<String> lineIds) {
        String orderId = order.submission().orderId();
        fulfilment.record(orderId, new FulfilmentReport(event.name(), lineIds, at.atOffset(ZoneOffset.UTC), "SF",
                "SF7300" + orderId.replaceAll("\\D", "")));
    }
}
