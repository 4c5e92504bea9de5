package io.redress.payments.internal;

import io.redress.ledger.LineFundings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.RedressPostgresTest;
import io.redress.Waiting;
import io.redress.ledger.Account;
import io.redress.ledger.AccountBalance;
import io.redress.ledger.Ledger;
import io.redress.ledger.Reconciliation;
import io.redress.ledger.RefundFunding;
import io.redress.ledger.SampleOrders;
import io.redress.orders.Order;
import io.redress.payments.GatewayResult;
import io.redress.payments.PaymentGateway;
import io.redress.payments.RefundAttempt;
import io.redress.payments.RefundLeg;
import io.redress.payments.RefundStatus;
import io.redress.payments.Refunds;
import io.redress.payments.sandbox.PspRefund;
import io.redress.payments.sandbox.SandboxPsp;
import io.redress.payments.sandbox.SandboxSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@RedressPostgresTest
class RefundExecutionPostgresTest {

    static final Currency CNY = Currency.getInstance("CNY");
    static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RefundExecutionPostgresTest.class);

    @Autowired Refunds refunds;
    @Autowired RefundAttemptRows rows;
    @Autowired RefundExecution execution;
    @Autowired RefundOutcomes outcomes;
    @Autowired PaymentGateway gateway;
    @Autowired PspProperties properties;
    @Autowired SandboxPsp sandbox;
    @Autowired Ledger ledger;
    @Autowired Reconciliation reconciliation;
    @Autowired PaymentsClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired RefundRequests requests;
    @Autowired TransactionTemplate transaction;

    @AfterEach
    void reliableSandbox() {
        sandbox.configure(SandboxSettings.reliable());
    }

    @Test
    void aDecidedRefundWhoseReferenceWasRequestedBeforeFailsItsTransactionAndRequestsNothing() {
        String ref = "case-" + UUID.randomUUID();
        jdbc.sql("INSERT INTO refund_request (refund_ref, order_id, currency, total_amount, created_at)"
                + " VALUES (?, ?, 'CNY', 7579, now())").params(ref, "order-" + ref).update();

        // the insert is held until the transaction's next statement or its commit; either reports the duplicate
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            requests.requestDecided(ref, "order-" + ref, CNY, List.of(new RefundLeg("pay-2", "psp-2", 100)));
            jdbc.sql("SELECT 1").query(Integer.class).single();
        })).rootCause().hasMessageContaining("refund_request_pkey");

        assertThat(rows.ofRefund(ref)).isEmpty();
        assertThat(jdbc.sql("SELECT total_amount FROM refund_request WHERE refund_ref = ?").param(ref)
                .query(Long.class).list()).containsExactly(7579L);
    }

    @Test
    void twoLegsPaidAtOnceCompleteTheirRefundOnceTheFirstCommits() throws Exception {
        String ref = "case-" + UUID.randomUUID();
        ledger.capture(SampleOrders.domainExample("order-" + ref, "buyer-" + ref, "shop-1"));
        // the request and its legs as written, not sent: the test says what the PSP answered, and when
        jdbc.sql("INSERT INTO refund_request (refund_ref, order_id, currency, total_amount, created_at)"
                + " VALUES (?, ?, 'CNY', 300, now())").params(ref, "order-" + ref).update();
        for (int leg = 1; leg <= 2; leg++) {
            jdbc.sql("""
                    INSERT INTO refund_attempt (external_key, refund_ref, leg_no, order_id, payment_id, psp_reference,
                        amount, currency, status, next_check_at, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'CNY', 'REQUESTED', now() + interval '1 hour', now(), now())""")
                    .params(ref + "-" + leg, ref, leg, "order-" + ref, "pay-" + leg, "psp-" + leg, leg * 100).update();
        }
        RefundAttempt first = rows.find(ref + "-1").orElseThrow();
        RefundAttempt second = rows.find(ref + "-2").orElseThrow();
        var paid = GatewayResult.Status.SUCCEEDED;
        var firstRecorded = new java.util.concurrent.CountDownLatch(1);
        var commitFirst = new java.util.concurrent.CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);

        Future<?> a = pool.submit(() -> transaction.executeWithoutResult(status -> {
            outcomes.apply(first, new GatewayResult(paid, "psp-refund-1", 100, null), clock.now());
            firstRecorded.countDown();
            await(commitFirst); // the first leg's transaction holds the request while the second is recorded
        }));
        await(firstRecorded);
        Future<?> b = pool.submit(() -> outcomes.apply(second, new GatewayResult(paid, "psp-refund-2", 200, null),
                clock.now()));
        Waiting.until(() -> jdbc.sql("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                + " AND query LIKE '%refund_request%'").query(Long.class).single(), waiting -> waiting > 0);
        commitFirst.countDown();
        a.get();
        b.get();
        pool.shutdown();

        assertThat(rows.ofRefund(ref)).extracting(RefundAttempt::status)
                .containsExactly(RefundStatus.SUCCEEDED, RefundStatus.SUCCEEDED);
        assertThat(jdbc.sql("SELECT completed_at IS NOT NULL FROM refund_request WHERE refund_ref = ?").param(ref)
                .query(Boolean.class).single()).as("completed by the leg recorded second").isTrue();
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            if (!latch.await(60, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other transaction never got there");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    @Test
    void concurrentRequestsForOneRefundCreateOneSetOfAttemptsAndPayEachLegOnce() throws Exception {
        String ref = "case-" + UUID.randomUUID();
        ledger.capture(SampleOrders.domainExample("order-" + ref, "buyer-" + ref, "shop-1"));
        List<RefundLeg> legs = List.of(new RefundLeg("pay-1", "psp-1", 7579), new RefundLeg("pay-2", "psp-2", 3299));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<List<RefundAttempt>>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> refunds.request(ref, "order-" + ref, CNY, legs));
        }
        List<List<String>> answers = new ArrayList<>();
        for (Future<List<RefundAttempt>> answer : pool.invokeAll(calls)) {
            answers.add(answer.get().stream().map(RefundAttempt::externalKey).toList());
        }
        pool.shutdown();

        assertThat(answers).allSatisfy(keys -> assertThat(keys).containsExactly(ref + "-1", ref + "-2"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM refund_attempt WHERE refund_ref = ?").param(ref).query(Long.class).single()).isEqualTo(2);
        Waiting.until(() -> refunds.attempts(ref), attempts -> attempts.stream().allMatch(a -> a.status() == RefundStatus.SUCCEEDED));
        assertThat(refunds.attempts(ref)).as("refund calls per key").extracting(RefundAttempt::attempts).containsExactly(1, 1);
        assertThat(sandbox.records()).filteredOn(r -> r.externalKey().startsWith(ref))
                .extracting(PspRefund::externalKey).containsExactly(ref + "-1", ref + "-2");
    }

    @Test
    void withAnUnreliablePspEveryRefundEndsSucceededPaidExactlyOnceAndTheLedgerBalances() {
        int refundCount = 20;
        List<String> refs = new ArrayList<>();
        List<String> buyers = new ArrayList<>();
        for (int i = 0; i < refundCount; i++) {
            String ref = "case-" + UUID.randomUUID();
            Order order = SampleOrders.domainExample("order-" + ref, "buyer-" + ref, "shop-1");
            ledger.capture(order);
            RefundFunding funding = LineFundings.ofLines(order, List.of("B"));
            ledger.refund(ref, funding);
            refs.add(ref);
            buyers.add(order.buyerId());
            // docs/amounts.md: refund of line B over Huabei and balance.
            assertThat(funding.cashAmount()).isEqualTo(10878);
        }
        sandbox.configure(new SandboxSettings(5, 0.1, 0.1, 3_000, 0, 0.1, 200, 2));

        for (int i = 0; i < refundCount; i++) {
            Order order = SampleOrders.domainExample("order-" + refs.get(i), buyers.get(i), "shop-1");
            refunds.request(refs.get(i), order.orderId(), CNY, List.of(
                    new RefundLeg(order.payments().get(0).paymentId(), order.payments().get(0).pspReference(), 7579),
                    new RefundLeg(order.payments().get(1).paymentId(), order.payments().get(1).pspReference(), 3299)));
        }
        Waiting.until(() -> attemptsOf(refs), attempts -> attempts.size() == refundCount * 2
                && attempts.stream().noneMatch(a -> a.status() == RefundStatus.REQUESTED));

        // A pending leg is checked at 1 h and 1 d by default and then parked for an operator: with one answer in ten a
        // 503, two in a row park a leg in a few runs out of a hundred. Parking is right there, but this test is about
        // every leg ending paid once, so its reconciler checks a pending leg daily for the seven days it plays.
        RefundReconciler patient = new RefundReconciler(rows, execution, outcomes, gateway, new PspProperties(null,
                properties.connectTimeout(), properties.readTimeout(), properties.callbackSecret(),
                properties.callbackWindow(), null, properties.unknownBackoff(),
                List.of(Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(1), Duration.ofDays(1),
                        Duration.ofDays(1), Duration.ofDays(1), Duration.ofDays(1)),
                properties.reconcileBatch(), properties.reconcileEvery(), properties.requestsPerSecond(),
                properties.sandbox(), properties.senders()));
        Instant now = clock.now();
        int rounds = 0;
        while (rounds < 7 && !attemptsOf(refs).stream().allMatch(a -> a.status() == RefundStatus.SUCCEEDED)) {
            // the sandbox settles a pending refund after its callback delay in real time, however far the test
            // moves the reconciler's clock: wait until it has, or a loaded machine parks the leg
            Waiting.until(() -> pendingAtPsp(refs), pending -> pending == 0);
            now = now.plus(Duration.ofDays(1)).plusSeconds(1);
            patient.reconcileDue(now);
            rounds++;
        }

        List<RefundAttempt> attempts = attemptsOf(refs);
        assertThat(attempts).hasSize(refundCount * 2).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(RefundStatus.SUCCEEDED);
            assertThat(a.parked()).isFalse();
        });
        assertThat(attempts).as("the PSP misbehaved at least once").anyMatch(a -> a.lastError() != null);
        log.info("{} legs: {} PSP refund calls, {} left unknown at first, {} reconciler rounds",
                attempts.size(), attempts.stream().mapToInt(RefundAttempt::attempts).sum(),
                attempts.stream().filter(a -> a.lastError() != null).count(), rounds);
        Map<String, PspRefund> atPsp = sandbox.records().stream().collect(Collectors.toMap(PspRefund::externalKey, Function.identity()));
        assertThat(attempts).allSatisfy(a -> {
            assertThat(atPsp.get(a.externalKey()).amount()).isEqualTo(a.amount());
            assertThat(sandbox.repeatedRequests(a.externalKey())).as("sends of " + a.externalKey() + " after the PSP held it")
                    .isZero();
        });
        assertThat(atPsp.keySet().stream().filter(key -> refs.stream().anyMatch(key::startsWith))).hasSize(refundCount * 2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM refund_request WHERE completed_at IS NOT NULL AND refund_ref IN (:refs)")
                .param("refs", refs).query(Long.class).single()).isEqualTo(refundCount);

        for (String buyer : buyers) {
            Waiting.until(() -> ledger.balance(Account.buyerFunds(buyer), CNY), balance -> balance == 0);
        }
        assertThat(ledger.unbalancedEntries()).isEmpty();
        assertThat(reconciliation.report().breaks()).filteredOn(b -> refs.stream().anyMatch(b.externalKey()::startsWith)).isEmpty();
        assertThat(ledger.balances().stream().mapToLong(AccountBalance::balanceAmount).sum()).isZero();
    }

    private long pendingAtPsp(List<String> refs) {
        return sandbox.records().stream().filter(r -> r.status().equals("PENDING"))
                .filter(r -> refs.stream().anyMatch(r.externalKey()::startsWith)).count();
    }

    private List<RefundAttempt> attemptsOf(List<String> refs) {
        return refs.stream().flatMap(ref -> refunds.attempts(ref).stream()).toList();
    }
}
