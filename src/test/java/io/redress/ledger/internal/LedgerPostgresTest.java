package io.redress.ledger.internal;

import io.redress.ledger.LineFundings;
import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressPostgresTest;
import io.redress.ledger.Account;
import io.redress.ledger.Ledger;
import io.redress.ledger.RefundFunding;
import io.redress.ledger.SampleOrders;
import io.redress.orders.Order;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@RedressPostgresTest
class LedgerPostgresTest {

    static final Currency CNY = Currency.getInstance("CNY");

    @Autowired Ledger ledger;

    @Test
    void concurrentRefundsNeverOverdrawTheSellerAndTheShortfallBecomesAReceivable() throws Exception {
        String shop = "shop-" + UUID.randomUUID();
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Order order = SampleOrders.domainExample("o-" + UUID.randomUUID(), "buyer-1", shop);
            ledger.capture(order);
            ledger.settle(order.orderId());
            orders.add(order);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Object>> refunds = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            // Refunds of different orders share only the seller's payable: its lock alone keeps them from overdrawing it.
            RefundFunding lineB = LineFundings.ofLines(orders.get(i % orders.size()), List.of("B"));
            refunds.add(() -> ledger.refund("case-" + UUID.randomUUID(), lineB));
        }
        for (Future<Object> refund : pool.invokeAll(refunds)) {
            refund.get();
        }
        pool.shutdown();

        assertThat(ledger.balance(Account.sellerPayable(shop), CNY)).isZero();
        assertThat(ledger.balance(Account.sellerReceivable(shop), CNY)).isEqualTo(10 * 11889 - 4 * 23530);
        assertThat(ledger.unbalancedEntries()).isEmpty();
    }
}
