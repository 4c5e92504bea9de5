package io.redress.aftersale.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.redress.RedressPostgresTest;
import io.redress.Waiting;
import io.redress.aftersale.Cases;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.web.PayoutCalls;
import io.redress.orders.Callers;
import io.redress.orders.Orders;
import io.redress.payments.RefundStatus;
import io.redress.payments.Refunds;
import io.redress.payments.sandbox.SandboxPsp;
import io.redress.payments.sandbox.SandboxSettings;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completing a payout writes the case and settles on the order. Party actions and expiries lock the order and
 * then the case, so the completion must wait for the order before it touches the case: while another
 * transaction holds the order, the waiting completion holds no lock on the case.
 */
@RedressPostgresTest
class CasePayoutLockOrderPostgresTest {

    @Autowired MockMvc mvc;
    @Autowired CasePayouts payouts;
    @Autowired Cases cases;
    @Autowired Orders orders;
    @Autowired Refunds refunds;
    @Autowired SandboxPsp sandbox;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void reliableSandbox() {
        sandbox.configure(SandboxSettings.reliable());
    }

    @Test
    void completingAPayoutWaitsForTheOrderLockBeforeTouchingTheCase() throws Exception {
        PayoutCalls calls = new PayoutCalls(mvc);
        String buyerId = "buyer-" + UUID.randomUUID();
        String orderId = calls.twoInstrumentOrder(buyerId);
        String caseId = calls.apply(Callers.buyer(buyerId), orderId, 1, 3000L).get("caseId").toString();
        sandbox.configure(new SandboxSettings(0, 0, 0, 35_000, 1.0, 0, 1_000, 0));
        calls.agree(caseId);
        Waiting.until(() -> cases.find(caseId).orElseThrow(), c -> attentionRaised(caseId));
        assertThat(refunds.attempts(caseId)).allMatch(a -> a.status() == RefundStatus.FAILED);

        CountDownLatch orderLocked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            jdbc.sql("SELECT order_id FROM orders WHERE order_id = ? FOR UPDATE").param(orderId).query(String.class).single();
            orderLocked.countDown();
            await(release);
        }));
        assertThat(orderLocked.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> completion = CompletableFuture.runAsync(() -> payouts.paid(caseId)); // as RefundCompleted
        Waiting.until(this::sessionsWaitingForAnOrderLock, waiting -> waiting > 0);

        assertThat(completion).as("the completion waits for the order").isNotDone();
        assertThatCode(() -> transactions.executeWithoutResult(tx -> jdbc.sql(
                        "SELECT case_id FROM after_sale_case WHERE case_id = ? FOR UPDATE NOWAIT").param(caseId)
                .query(String.class).single()))
                .as("the waiting completion holds no lock on the case").doesNotThrowAnyException();

        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        completion.get(10, TimeUnit.SECONDS);
        assertThat(cases.find(caseId).orElseThrow().status()).isEqualTo(CaseStatus.REFUNDED);
        assertThat(orders.find(orderId).orElseThrow().lines().get(0).refunds().reservedAmount()).isZero();
    }

    /** Sessions of this database blocked on an order's row lock: the completion once it has reached the lock. */
    private long sessionsWaitingForAnOrderLock() {
        return jdbc.sql("""
                SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'
                    AND query LIKE 'SELECT order_id FROM orders WHERE order_id = % FOR UPDATE'""")
                .query(Long.class).single();
    }

    private boolean attentionRaised(String caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?")
                .param("%" + caseId + "%").query(Long.class).single() == 0
                && refunds.attempts(caseId).size() == 2
                && refunds.attempts(caseId).stream().allMatch(a -> a.status() == RefundStatus.FAILED);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
