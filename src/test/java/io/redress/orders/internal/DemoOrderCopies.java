package io.redress.orders.internal;

import io.redress.orders.internal.OrderSubmission.PaymentSubmission;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * A demo order under a fresh id, shipped and signed as long before the application's clock reads now as the demo
 * order was before the demo data was seeded. For tests of what counts from signing (the seven days of a no-reason
 * return): the seeded order leaves its window once another test of the same context has moved the clock on, and
 * which test runs first is not fixed.
 */
public final class DemoOrderCopies {

    private DemoOrderCopies() {
    }

    /** Places the copy of {@code demoOrderId} (e.g. {@code DEMO-1002}) and returns its order id. */
    public static String copy(ApplicationContext context, String demoOrderId) {
        Instant now = context.getBean(Clock.class).instant().truncatedTo(ChronoUnit.MINUTES);
        DemoOrderBook.DemoOrder demo = new DemoOrderBook(now).orders().stream()
                .filter(order -> order.submission().orderId().equals(demoOrderId)).findFirst().orElseThrow();
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        OrderSubmission original = demo.submission();
        OrderSubmission renamed = new OrderSubmission(demoOrderId + "-" + suffix, original.buyerId(), original.shopId(),
                original.currency(), original.placedAt(), original.paidAt(), original.lines(), original.discounts(),
                original.shippingFee(), original.freeShipping(), original.payments().stream()
                        .map(p -> new PaymentSubmission(p.paymentId(), p.method(), p.amount(), p.pspReference() + suffix))
                        .toList());
        context.getBean(DemoOrders.class).place(new DemoOrderBook.DemoOrder(renamed, demo.shippedAgo(), demo.signedAgo(),
                demo.shippedLines()), now);
        return renamed.orderId();
    }
}
