package io.redress.payments;

import io.redress.ledger.LineFundings;
import io.redress.RedressApplication;
import io.redress.ledger.Ledger;
import io.redress.ledger.RefundFunding;
import io.redress.ledger.SampleOrders;
import io.redress.orders.Order;
import io.redress.orders.Payment;
import java.util.Currency;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The ordinary application plus a refund run, for {@link RefundCrashPostgresTest}: once it is up it captures
 * {@code refund-run.count} orders of the docs/amounts.md example, posts the refund of line B to the ledger and
 * requests it as two legs (Huabei 7579, balance 3299) under refund references {@code refund-run.prefix}-i.
 * Then it keeps serving, like any node, until it is killed.
 */
public final class RefundRunApplication {

    private static final Currency CNY = Currency.getInstance("CNY");

    private RefundRunApplication() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(RedressApplication.class, args);
        Environment environment = context.getEnvironment();
        int count = environment.getRequiredProperty("refund-run.count", Integer.class);
        String prefix = environment.getRequiredProperty("refund-run.prefix");
        Ledger ledger = context.getBean(Ledger.class);
        Refunds refunds = context.getBean(Refunds.class);
        for (int i = 0; i < count; i++) {
            String ref = refundRef(prefix, i);
            Order order = SampleOrders.domainExample(orderId(ref), buyerId(ref), "shop-1");
            ledger.capture(order);
            ledger.refund(ref, LineFundings.ofLines(order, List.of("B")));
            Payment huabei = order.payments().get(0);
            Payment balance = order.payments().get(1);
            refunds.request(ref, order.orderId(), CNY, List.of(
                    new RefundLeg(huabei.paymentId(), huabei.pspReference(), 7579),
                    new RefundLeg(balance.paymentId(), balance.pspReference(), 3299)));
        }
        System.out.println("refund run: " + count + " refunds requested");
    }

    static String refundRef(String prefix, int i) {
        return prefix + "-" + i;
    }

    static String orderId(String refundRef) {
        return "order-" + refundRef;
    }

    static String buyerId(String refundRef) {
        return "buyer-" + refundRef;
    }
}
