package io.redress.ledger.internal;

import io.redress.ledger.LineFundings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired LedgerJournal journal;
    @Autowired org.springframework.transaction.support.TransactionTemplate transaction;

    @Test
    void anEntryGoesInWithItsLinesInPostingOrderAndAgainUnderItsReferenceAddsNone() {
        Order order = SampleOrders.domainExample("o-" + UUID.randomUUID(), "buyer-" + UUID.randomUUID(), "shop-1");
        var capture = io.redress.ledger.Postings.capture(order);

        assertThat(ledger.post(capture)).isTrue();
        assertThat(ledger.post(capture)).isFalse();

        List<String> lines = jdbc.sql("""
                SELECT l.line_no || ' ' || l.account || ' ' || l.amount FROM ledger_line l
                JOIN ledger_entry e ON e.entry_id = l.entry_id WHERE e.reference = ? ORDER BY l.line_no""")
                .param(capture.reference()).query(String.class).list();
        List<String> posted = new ArrayList<>();
        for (var posting : capture.postings()) {
            posted.add((posted.size() + 1) + " " + posting.account().id() + " " + posting.amount());
        }
        assertThat(lines).isNotEmpty().containsExactlyElementsOf(posted);
        assertThat(ledger.unbalancedEntries()).isEmpty();
    }

    @Test
    void anOrderTheLedgerRemembersAlreadyFailsTheIntakesCaptureAndAddsNothing() {
        Order order = SampleOrders.domainExample("o-" + UUID.randomUUID(), "buyer-" + UUID.randomUUID(), "shop-1");
        ledger.capture(order);
        long entries = jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE order_id = ?").param(order.orderId())
                .query(Long.class).single();

        // the order's row is held until the transaction's next statement or its commit; either reports the duplicate
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            journal.captureReceived(order);
            jdbc.sql("SELECT 1").query(Integer.class).single();
        })).rootCause().hasMessageContaining("ledger_order");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE order_id = ?").param(order.orderId())
                .query(Long.class).single()).isEqualTo(entries);
    }

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

    @Test
    void settlementsAndRefundsOfOneShopAtOnceLeaveItsRunningBalanceEqualToItsLines() throws Exception {
        String shop = "shop-" + UUID.randomUUID();
        List<Order> settledBefore = new ArrayList<>();
        List<Order> settledDuring = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Order order = SampleOrders.domainExample("o-" + UUID.randomUUID(), "buyer-1", shop);
            ledger.capture(order);
            (i < 4 ? settledBefore : settledDuring).add(order);
        }
        for (Order order : settledBefore) {
            ledger.settle(order.orderId());
        }
        List<Callable<Object>> work = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            RefundFunding lineB = LineFundings.ofLines(settledBefore.get(i % settledBefore.size()), List.of("B"));
            work.add(() -> ledger.refund("case-" + UUID.randomUUID(), lineB));
        }
        for (Order order : settledDuring) {
            work.add(() -> ledger.settle(order.orderId()));
        }
        java.util.Collections.shuffle(work, new java.util.Random(15));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (Future<Object> done : pool.invokeAll(work)) {
            done.get();
        }
        pool.shutdown();

        long lines = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM ledger_line WHERE account = ?")
                .param(Account.sellerPayable(shop).id()).query(Long.class).single();
        assertThat(ledger.balance(Account.sellerPayable(shop), CNY)).isEqualTo(lines).isLessThanOrEqualTo(0);
        // every refund took from the payable what it held when it ran, and the rest became a receivable
        assertThat(-lines - ledger.balance(Account.sellerReceivable(shop), CNY))
                .isEqualTo(12 * 23530L - 16 * 11889L);
        assertThat(RunningBalances.differences(jdbc)).isEmpty();
    }

    @Test
    void theFirstEntriesOfAPayableAtOnceMakeOneRowThatHoldsThemAll() throws Exception {
        String shop = "shop-" + UUID.randomUUID();
        // the account is stored and has no balance row yet (as when it was locked before anything was posted to it),
        // so no insert of the account orders the first postings: they meet at the balance row's insert
        jdbc.sql("INSERT INTO ledger_account (account, created_at) VALUES (?, CURRENT_TIMESTAMP)")
                .param(Account.sellerPayable(shop).id()).update();
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Order order = SampleOrders.domainExample("o-" + UUID.randomUUID(), "buyer-1", shop);
            ledger.capture(order);
            orders.add(order);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<Callable<Object>> settlements = new ArrayList<>();
        for (Order order : orders) {
            settlements.add(() -> {
                start.await();
                return ledger.settle(order.orderId());
            });
        }
        List<Future<Object>> running = settlements.stream().map(pool::submit).toList();
        start.countDown();
        for (Future<Object> done : running) {
            done.get();
        }
        pool.shutdown();

        assertThat(jdbc.sql("SELECT balance FROM ledger_account_balance WHERE account = ?")
                .param(Account.sellerPayable(shop).id()).query(Long.class).list()).containsExactly(-8 * 23530L);
    }
}
