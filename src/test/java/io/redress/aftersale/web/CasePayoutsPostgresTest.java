package io.redress.aftersale.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressPostgresTest;
import io.redress.aftersale.Case;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.Cases;
import io.redress.ledger.Account;
import io.redress.ledger.AccountBalance;
import io.redress.ledger.Ledger;
import io.redress.orders.Callers;
import io.redress.orders.Orders;
import io.redress.payments.RefundAttempt;
import io.redress.payments.RefundStatus;
import io.redress.payments.Refunds;
import io.redress.payments.internal.RefundReconciler;
import io.redress.payments.sandbox.PspRefund;
import io.redress.payments.sandbox.SandboxPsp;
import io.redress.payments.sandbox.SandboxSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@RedressPostgresTest
class CasePayoutsPostgresTest {

    static final Logger log = LoggerFactory.getLogger(CasePayoutsPostgresTest.class);
    static final Currency CNY = Currency.getInstance("CNY");
    static final int CASES = 500;

    @Autowired MockMvc mvc;
    @Autowired Cases cases;
    @Autowired Orders orders;
    @Autowired Refunds refunds;
    @Autowired RefundReconciler reconciler;
    @Autowired SandboxPsp sandbox;
    @Autowired Ledger ledger;
    @Autowired Clock clock;

    @AfterEach
    void reliableSandbox() {
        sandbox.configure(SandboxSettings.reliable());
    }

    /** One refund-only case: its id, buyer and requested amount. */
    record Opened(String caseId, String buyerId, long requested) {
    }

    @Test
    void withTheSandboxFailingAndTimingOutEveryCaseEndsRefundedWithEachLegPaidOnceAndTheLedgerBalanced()
            throws Exception {
        PayoutCalls calls = new PayoutCalls(mvc);
        sandbox.configure(new SandboxSettings(5, 0.1, 0.1, 3_000, 0, 0, 200, 0));
        long started = System.nanoTime();

        List<Opened> opened = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            work.add(pool.submit(() -> {
                String buyerId = "buyer-" + UUID.randomUUID();
                String orderId = calls.twoInstrumentOrder(buyerId);
                Map<String, Object> c = calls.apply(Callers.buyer(buyerId), orderId, 2, null);
                calls.agree(c.get("caseId"));
                opened.add(new Opened((String) c.get("caseId"), buyerId, ((Number) c.get("requestedAmount")).longValue()));
                return null;
            }));
        }
        for (Future<?> done : work) {
            done.get();
        }
        pool.shutdown();
        long appliedAt = System.nanoTime();

        await(() -> attemptsOf(opened).size() == CASES * 2
                && attemptsOf(opened).stream().noneMatch(a -> a.status() == RefundStatus.REQUESTED), 120);
        Instant now = clock.instant();
        int rounds = 0;
        while (rounds < 7 && !attemptsOf(opened).stream().allMatch(a -> a.status() == RefundStatus.SUCCEEDED)) {
            now = now.plus(Duration.ofDays(1)).plusSeconds(1);
            reconciler.reconcileDue(now);
            rounds++;
        }
        await(() -> opened.stream().allMatch(o -> status(o) == CaseStatus.REFUNDED), 60);
        long finished = System.nanoTime();

        List<RefundAttempt> attempts = attemptsOf(opened);
        log.info("{} cases, {} legs: opened and agreed in {} ms, all REFUNDED {} ms later; {} PSP refund calls,"
                        + " {} legs left unknown at first, {} reconciler rounds",
                CASES, attempts.size(), (appliedAt - started) / 1_000_000, (finished - appliedAt) / 1_000_000,
                attempts.stream().mapToInt(RefundAttempt::attempts).sum(),
                attempts.stream().filter(a -> a.lastError() != null).count(), rounds);
        assertThat(attempts).as("the PSP misbehaved").anyMatch(a -> a.lastError() != null);
        assertThat(opened).allSatisfy(o -> {
            Case c = cases.find(o.caseId()).orElseThrow();
            assertThat(c.status()).isEqualTo(CaseStatus.REFUNDED);
            assertThat(c.refundedAmount()).isEqualTo(o.requested());
            var order = orders.find(c.orderId()).orElseThrow();
            assertThat(order.lines().get(0).refunds().reservedAmount()).isZero();
            assertThat(order.payments()).allSatisfy(p -> assertThat(p.reservedAmount()).isZero());
            assertThat(order.payments().stream().mapToLong(p -> p.refundedAmount()).sum()).isEqualTo(o.requested());
        });
        Map<String, PspRefund> atPsp = sandbox.records().stream()
                .collect(Collectors.toMap(PspRefund::externalKey, Function.identity()));
        assertThat(attempts).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(RefundStatus.SUCCEEDED);
            // the sandbox de-duplicates by key, so its payout count would forgive a resend: count the resends
            assertThat(sandbox.repeatedRequests(a.externalKey())).as("sent again after the PSP held " + a.externalKey()).isZero();
            assertThat(atPsp.get(a.externalKey()).amount()).isEqualTo(a.amount());
        });
        assertThat(atPsp.keySet().stream().filter(key -> opened.stream().anyMatch(o -> key.startsWith(o.caseId()))))
                .hasSize(CASES * 2);

        await(() -> opened.stream().allMatch(o -> ledger.balance(Account.buyerFunds(o.buyerId()), CNY) == 0), 30);
        assertThat(ledger.unbalancedEntries()).isEmpty();
        assertThat(ledger.balances().stream().mapToLong(AccountBalance::balanceAmount).sum()).isZero();
    }

    private CaseStatus status(Opened o) {
        return cases.find(o.caseId()).orElseThrow().status();
    }

    private List<RefundAttempt> attemptsOf(List<Opened> opened) {
        return opened.stream().flatMap(o -> refunds.attempts(o.caseId()).stream()).toList();
    }

    private static void await(java.util.function.BooleanSupplier done, int seconds) throws InterruptedException {
        long giveUp = System.nanoTime() + seconds * 1_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("not done after " + seconds + " s");
            }
            Thread.sleep(200);
        }
    }
}
