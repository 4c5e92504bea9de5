package io.redress.aftersale.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.aftersale.internal.CaseAttention;
import io.redress.identity.Role;
import io.redress.ledger.Account;
import io.redress.ledger.Ledger;
import io.redress.ledger.LedgerLine;
import io.redress.orders.Callers;
import io.redress.orders.Order;
import io.redress.orders.Orders;
import io.redress.payments.RefundStatus;
import io.redress.payments.Refunds;
import io.redress.payments.internal.RefundReconciler;
import io.redress.payments.sandbox.SandboxSettings;
import io.redress.payments.sandbox.SandboxPsp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@RedressIntegrationTest
class CasePayoutIntegrationTest {

    static final Currency CNY = Currency.getInstance("CNY");

    @Autowired MockMvc mvc;
    @Autowired Orders orders;
    @Autowired Ledger ledger;
    @Autowired Refunds refunds;
    @Autowired SandboxPsp sandbox;
    @Autowired RefundReconciler reconciler;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;

    PayoutCalls calls;

    @BeforeEach
    void calls() {
        calls = new PayoutCalls(mvc);
    }

    @AfterEach
    void reliableSandbox() {
        sandbox.configure(SandboxSettings.reliable());
    }

    @Test
    void agreedRefundIsPaidPerInstrumentAndTheCaseEndsRefundedWithTheOrderAndLedgerSettled() throws Exception {
        String buyerId = "buyer-" + UUID.randomUUID();
        String orderId = calls.twoInstrumentOrder(buyerId);
        RequestPostProcessor buyer = Callers.buyer(buyerId);
        Map<String, Object> opened = calls.apply(buyer, orderId, 2, null);
        Object caseId = opened.get("caseId");
        long requested = ((Number) opened.get("requestedAmount")).longValue();

        calls.agree(caseId).andExpect(jsonPath("$.status").value("REFUNDING"));

        Map<String, Object> refunded = Waiting.until(() -> calls.read(buyer, caseId), c -> "REFUNDED".equals(c.get("status")));
        assertThat(((Number) refunded.get("refundedAmount")).longValue()).isEqualTo(requested);
        assertThat(refunded.get("attention")).isNull();

        List<Map<String, Object>> legs = calls.list(buyer, "/api/v1/cases/" + caseId + "/refunds");
        assertThat(legs).extracting(l -> l.get("paymentId")).containsExactly("P1", "P2");
        assertThat(legs).allSatisfy(l -> {
            assertThat(l.get("status")).isEqualTo("SUCCEEDED");
            assertThat(l.get("attempts")).isEqualTo(1);
            assertThat(l.get("refundId")).isNotNull();
        });
        assertThat(legs.stream().mapToLong(l -> ((Number) l.get("amount")).longValue()).sum()).isEqualTo(requested);

        Order order = orders.find(orderId).orElseThrow();
        assertThat(order.lines().get(0).refunds().refundedAmount() + order.shippingRefunded()).isEqualTo(requested);
        assertThat(order.lines().get(0).refunds().reservedAmount()).isZero();
        assertThat(order.lines().get(0).refunds().refundedQuantity()).isEqualTo(2);
        assertThat(order.shippingReserved()).isZero();
        assertThat(order.payments()).allSatisfy(p -> {
            assertThat(p.reservedAmount()).isZero();
            assertThat(p.refundedAmount()).isPositive();
        });
        assertThat(order.payments().stream().mapToLong(p -> p.refundedAmount()).sum()).isEqualTo(requested);

        Waiting.until(() -> ledger.balance(Account.buyerFunds(buyerId), CNY), balance -> balance == 0);
        assertThat(ledger.unbalancedEntries()).isEmpty();
        assertThat(ledger.lines(Account.buyerFunds(buyerId))).extracting(LedgerLine::reference)
                .containsExactlyInAnyOrder("refund:" + caseId, "refund-paid:" + caseId + "-1", "refund-paid:" + caseId + "-2");
    }

    @Test
    void refundsOfACaseAreHiddenFromThoseWhoMayNotSeeIt() throws Exception {
        String buyerId = "buyer-" + UUID.randomUUID();
        String orderId = calls.twoInstrumentOrder(buyerId);
        Object caseId = calls.apply(Callers.buyer(buyerId), orderId, 1, 3000L).get("caseId");

        mvc.perform(get("/api/v1/cases/" + caseId + "/refunds").with(Callers.buyer("buyer-" + UUID.randomUUID())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + caseId + "/refunds").with(Callers.seller("shop-2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + caseId + "/refunds").with(Callers.seller("shop-1")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/cases/" + caseId + "/refunds").with(Callers.staff(Role.AUDITOR)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/cases/C-unknown/refunds").with(Callers.staff(Role.ADMIN)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRefusedLegFlagsTheCaseForAnOperatorWithoutLeavingRefunding() throws Exception {
        String buyerId = "buyer-" + UUID.randomUUID();
        String orderId = calls.twoInstrumentOrder(buyerId);
        RequestPostProcessor buyer = Callers.buyer(buyerId);
        Object caseId = calls.apply(buyer, orderId, 1, 3000L).get("caseId");
        sandbox.configure(new SandboxSettings(0, 0, 0, 35_000, 1.0, 0, 1_000, 0));

        calls.agree(caseId);

        Map<String, Object> flagged = Waiting.until(() -> calls.read(buyer, caseId), c -> c.get("attention") != null);
        assertThat(flagged.get("status")).isEqualTo("REFUNDING");
        assertThat((String) flagged.get("attention")).contains("refused by the PSP");
        List<Map<String, Object>> timeline = calls.list(buyer, "/api/v1/cases/" + caseId + "/timeline");
        assertThat(timeline).last().satisfies(entry -> {
            assertThat(entry.get("action")).isEqualTo(CaseAttention.ACTION);
            assertThat(entry.get("to")).isEqualTo("REFUNDING");
            assertThat((String) entry.get("message")).contains("refused by the PSP");
        });
        assertThat(refunds.attempts(caseId.toString())).anyMatch(a -> a.status() == RefundStatus.FAILED);
        assertThat(orders.find(orderId).orElseThrow().lines().get(0).refunds().reservedAmount()).isEqualTo(3000);
    }

    @Test
    void legsThatKeepFailingParkTheCaseForAnOperatorWhoseResumePaysItOut() throws Exception {
        String buyerId = "buyer-" + UUID.randomUUID();
        RequestPostProcessor buyer = Callers.buyer(buyerId);
        Object caseId = calls.apply(buyer, calls.twoInstrumentOrder(buyerId), 1, 3000L).get("caseId");
        sandbox.configure(new SandboxSettings(0, 1.0, 0, 35_000, 0, 0, 1_000, 0));
        calls.agree(caseId);
        Waiting.until(() -> refunds.attempts(caseId.toString()),
                legs -> legs.size() == 2 && legs.stream().allMatch(a -> a.status() == RefundStatus.UNKNOWN));

        Instant later = clock.instant();
        for (int round = 0; round < 8; round++) {
            later = later.plus(Duration.ofDays(1)).plusSeconds(1);
            reconciler.reconcileDue(later);
        }
        Map<String, Object> parked = Waiting.until(() -> calls.read(buyer, caseId), c -> c.get("attention") != null);
        assertThat(parked.get("status")).isEqualTo("REFUNDING");
        assertThat((String) parked.get("attention")).contains("parked");
        assertThat(calls.list(buyer, "/api/v1/cases/" + caseId + "/refunds"))
                .allSatisfy(leg -> assertThat(leg.get("parked")).isEqualTo(true));

        sandbox.configure(SandboxSettings.reliable());
        for (var leg : refunds.attempts(caseId.toString())) {
            mvc.perform(post("/api/v1/refund-attempts/" + leg.externalKey() + "/resume").with(Callers.staff(Role.ADMIN)))
                    .andExpect(status().is2xxSuccessful());
        }
        reconciler.reconcileDue(later.plus(Duration.ofDays(1)));

        Map<String, Object> refunded = Waiting.until(() -> calls.read(buyer, caseId), c -> "REFUNDED".equals(c.get("status")));
        assertThat(refunded.get("attention")).isNull();
        assertThat(refunded.get("refundedAmount")).isEqualTo(3000);
        assertThat(calls.list(buyer, "/api/v1/cases/" + caseId + "/timeline")).extracting(e -> e.get("action"))
                .contains(CaseAttention.ACTION).last().isEqualTo("PAYOUTS_SUCCEEDED");
    }

    @Test
    void aRetryAfterTheSandboxDeclinedPaysEachInstrumentExactlyWhatRemainedAndTheCaseEndsRefunded() throws Exception {
        String buyerId = "buyer-" + UUID.randomUUID();
        String orderId = calls.twoInstrumentOrder(buyerId);
        RequestPostProcessor buyer = Callers.buyer(buyerId);
        Object caseId = calls.apply(buyer, orderId, 1, 3000L).get("caseId");
        sandbox.configure(new SandboxSettings(0, 0, 0, 35_000, 1.0, 0, 1_000, 0));
        calls.agree(caseId);
        Waiting.until(() -> refunds.attempts(caseId.toString()),
                legs -> legs.size() == 2 && legs.stream().allMatch(a -> a.status() == RefundStatus.FAILED));
        List<Map<String, Object>> declined = calls.list(buyer, "/api/v1/cases/" + caseId + "/refunds");
        Map<Object, Object> held = new java.util.HashMap<>();
        declined.forEach(l -> held.put(l.get("paymentId"), l.get("amount")));

        sandbox.configure(SandboxSettings.reliable());
        mvc.perform(post("/api/v1/cases/" + caseId + "/refunds/retry").with(Callers.staff(Role.ADMIN)))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.length()").value(2));

        Map<String, Object> refunded = Waiting.until(() -> calls.read(buyer, caseId), c -> "REFUNDED".equals(c.get("status")));
        assertThat(refunded.get("refundedAmount")).isEqualTo(3000);
        assertThat(refunded.get("attention")).isNull();
        List<Map<String, Object>> legs = calls.list(buyer, "/api/v1/cases/" + caseId + "/refunds");
        assertThat(legs).hasSize(4).extracting(l -> l.get("externalKey")).contains(caseId + "-r2-1", caseId + "-r2-2");
        assertThat(legs.stream().filter(l -> "SUCCEEDED".equals(l.get("status"))))
                .allSatisfy(l -> assertThat(l.get("amount")).isEqualTo(held.get(l.get("paymentId"))))
                .extracting(l -> l.get("paymentId")).containsExactlyInAnyOrder("P1", "P2");
        Order order = orders.find(orderId).orElseThrow();
        assertThat(order.payments()).allSatisfy(p -> {
            assertThat(p.reservedAmount()).isZero();
            assertThat(p.refundedAmount()).isEqualTo(((Number) held.get(p.paymentId())).longValue());
        });
        Waiting.until(() -> ledger.balance(Account.buyerFunds(buyerId), CNY), balance -> balance == 0);
        mvc.perform(post("/api/v1/cases/" + caseId + "/refunds/retry").with(Callers.staff(Role.ADMIN)))
                .andExpect(status().isConflict());
    }

    @Test
    void aRetryNeverPaysAgainALegThePspPaidThoughItIsRecordedRefused() throws Exception {
        String buyerId = "buyer-" + UUID.randomUUID();
        RequestPostProcessor buyer = Callers.buyer(buyerId);
        Object caseId = calls.apply(buyer, calls.twoInstrumentOrder(buyerId), 1, 3000L).get("caseId");
        sandbox.configure(new SandboxSettings(0, 0, 0, 0, 0, 1.0, 200, 0));
        calls.agree(caseId);
        Waiting.until(() -> refunds.attempts(caseId.toString()),
                legs -> legs.size() == 2 && legs.stream().allMatch(a -> a.status() == RefundStatus.PENDING));
        Waiting.until(() -> sandbox.records().stream().filter(r -> r.externalKey().startsWith(caseId + "-"))
                .filter(r -> r.status().equals("SUCCEEDED")).count(), paid -> paid == 2);
        // the state a false refusal report leaves: the PSP paid both legs, the database says refused
        jdbc.sql("UPDATE refund_attempt SET status = 'FAILED', next_check_at = NULL WHERE refund_ref = ?")
                .param(caseId.toString()).update();

        mvc.perform(post("/api/v1/cases/" + caseId + "/refunds/retry").with(Callers.staff(Role.ADMIN)))
                .andExpect(status().isConflict());

        assertThat(refunds.attempts(caseId + "-r2")).isEmpty();
        assertThat(refunds.attempts(caseId.toString())).extracting(a -> a.status())
                .containsOnly(RefundStatus.SUCCEEDED);
        Map<String, Object> refunded = Waiting.until(() -> calls.read(buyer, caseId), c -> "REFUNDED".equals(c.get("status")));
        assertThat(refunded.get("refundedAmount")).isEqualTo(3000);
    }

    @Test
    void aRetryWhileALegIsUnknownIsRefusedAndRequestsNothing() throws Exception {
        String buyerId = "buyer-" + UUID.randomUUID();
        RequestPostProcessor buyer = Callers.buyer(buyerId);
        Object caseId = calls.apply(buyer, calls.twoInstrumentOrder(buyerId), 1, 3000L).get("caseId");
        sandbox.configure(new SandboxSettings(0, 1.0, 0, 35_000, 0, 0, 1_000, 0));
        calls.agree(caseId);
        Waiting.until(() -> refunds.attempts(caseId.toString()),
                legs -> legs.size() == 2 && legs.stream().allMatch(a -> a.status() == RefundStatus.UNKNOWN));

        mvc.perform(post("/api/v1/cases/" + caseId + "/refunds/retry").with(Callers.staff(Role.ADMIN)))
                .andExpect(status().isConflict());
        assertThat(refunds.attempts(caseId + "-r2")).isEmpty();
        mvc.perform(post("/api/v1/cases/" + caseId + "/refunds/retry").with(Callers.seller("shop-1")))
                .andExpect(status().isForbidden());
    }
}
