package io.redress.advance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.audit.refunds.Finding;
import io.redress.audit.refunds.RefundAuditRun;
import io.redress.audit.refunds.RefundAudits;
import io.redress.intervention.DisputeCalls;
import io.redress.orders.Callers;
import io.redress.orders.OrderJson;
import io.redress.webhooks.TestReceiver;
import io.redress.ledger.Account;
import io.redress.ledger.Ledger;
import io.redress.ledger.LedgerLine;
import io.redress.policy.InstantRefundPolicy;
import io.redress.policy.Policies;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Instant refunds end to end through the API, with the default policy's instant refunds turned on for the test: the
 * platform pays without the seller's answer, the seller's later answer settles the advance, and a refused receipt goes
 * to the platform's review, whose ruling against the buyer recovers the advance without reversing anything.
 */
@RedressIntegrationTest
@ExtendWith(InstantRefundsOn.class)
class InstantRefundScenarioIntegrationTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    Policies policies;
    @Autowired
    InstantRefundQuotas quotas;
    @Autowired
    Advances advances;
    @Autowired
    Ledger ledger;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RefundAudits refundAudits;

    private final TestReceiver receiver = newReceiver();
    private AdvanceCalls calls;

    @BeforeEach
    void setUp() throws Exception {
        calls = new AdvanceCalls(mvc, clock);
        // a subscriber, so that the advance's catalogue events are written to the webhook outbox
        mvc.perform(post("/api/v1/webhooks/endpoints").with(Callers.marketplace()).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(Map.of("url", receiver.url("/hooks"), "eventTypes", List.of("refund.advanced",
                        "advance.settled", "advance.unrecovered", "advance.recovered"))))).andExpect(status().isCreated());
    }

    @AfterEach
    void stopReceiving() {
        receiver.close();
        jdbc.sql("UPDATE webhook_endpoint SET enabled = FALSE WHERE url LIKE ?").param(receiver.url("/") + "%").update();
    }

    private static TestReceiver newReceiver() {
        try {
            return new TestReceiver();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void trustedBuyersUnshippedRefundOnlyRequestIsPaidWithoutASellerAnswerAndTheSellersConfirmationSettlesIt()
            throws Exception {
        String orderId = calls.order();
        long started = System.nanoTime();
        Map<String, Object> opened = calls.opened(orderId, "REFUND_ONLY", "NOT_RECEIVED");
        long answeredNanos = System.nanoTime() - started;

        // the application's own answer: agreed by the platform, decided and sent for payout in that request
        assertThat(opened).containsEntry("status", "REFUNDING").containsEntry("advanceStatus", "ADVANCED")
                .containsEntry("advanceKind", "UNSHIPPED_INSTANT_REFUND");
        Object caseId = opened.get("caseId");
        long amount = ((Number) opened.get("requestedAmount")).longValue();
        assertThat(decision(opened)).containsEntry("action", "INSTANT_REFUND").containsEntry("actor", "SYSTEM")
                .containsEntry("amount", (int) amount);
        Map<String, Object> refunded = Waiting.until(() -> calls.read(caseId), c -> "REFUNDED".equals(c.get("status")));
        long paidNanos = System.nanoTime() - started;
        System.out.printf("instant refund: case answered REFUNDING in %d ms, REFUNDED after %d ms%n",
                answeredNanos / 1_000_000, paidNanos / 1_000_000);
        assertThat(paidNanos).as("paid within seconds of the application").isLessThan(10_000_000_000L);
        assertThat(refunded).containsEntry("refundedAmount", (int) amount);
        assertThat(calls.timeline(caseId)).extracting(e -> e.get("actor")).doesNotContain("SELLER");
        assertThat(quotas.of(calls.buyerId).quotaLeft()).isEqualTo(InstantRefundPolicy.DEFAULTS.quotaPerBuyer() - amount);

        // the seller sees the refunded case and may only agree to it, which settles the advance against the shop
        assertThat(calls.read(AdvanceCalls.SELLER, caseId).get("allowedActions")).isEqualTo(List.of("agree"));
        Map<String, Object> agreed = calls.done(AdvanceCalls.SELLER, caseId, "agree", Map.of());
        assertThat(agreed).containsEntry("status", "REFUNDED").containsEntry("advanceStatus", "SETTLED")
                .containsEntry("refundedAmount", (int) amount);
        assertThat(agreed.get("allowedActions")).isEqualTo(List.of());
        calls.act(AdvanceCalls.SELLER, caseId, "agree", Map.of()).andExpect(status().isConflict());
        assertThat(quotas.of(calls.buyerId).quotaLeft()).isEqualTo(InstantRefundPolicy.DEFAULTS.quotaPerBuyer());
        assertThat(advances.of(caseId.toString()).orElseThrow().outcomeBy()).isEqualTo("SELLER");
        assertThat(calls.refunds(caseId)).hasSize(1);

        // the books: the platform advanced the refund, the shop's escrow repaid it, nothing is left on the advance
        List<LedgerLine> advanceLines = Waiting.until(() -> lines(Account.PLATFORM_ADVANCE, caseId), l -> l.size() == 2);
        assertThat(advanceLines).extracting(LedgerLine::amount).containsExactlyInAnyOrder(amount, -amount);
        // the repayment debits what escrow owes the shop, as the shop's own refund would have
        assertThat(lines(Account.PLATFORM_ESCROW, caseId)).extracting(LedgerLine::amount).containsExactly(amount);
        assertThat(ledger.unbalancedEntries()).isEmpty();
        assertThat(webhooks(caseId)).contains("refund.advanced", "advance.settled");
        assertThat(auditFindings(caseId)).as("the refund audit finds the advanced refund posted as decided").isEmpty();
    }

    @Test
    void sellersRefusedReceiptGoesToTheReviewWhoseRulingAgainstTheBuyerRecoversTheAdvanceWithoutAReversal()
            throws Exception {
        Object caseId = calls.advancedReturn();
        long amount = ((Number) calls.read(caseId).get("requestedAmount")).longValue();
        List<Map<String, Object>> paidLegs = calls.refunds(caseId);
        assertThat(calls.read(AdvanceCalls.SELLER, caseId).get("allowedActions"))
                .isEqualTo(List.of("confirm-receipt", "refuse-receipt"));

        String photo = calls.evidence(AdvanceCalls.SELLER, caseId);
        Map<String, Object> refused = calls.done(AdvanceCalls.SELLER, caseId, "refuse-receipt", Map.of(
                "reasonCode", "EMPTY_PARCEL", "message", "the parcel came back empty", "evidenceIds", List.of(photo)));
        assertThat(refused).containsEntry("status", "REFUNDED").containsEntry("intervention", "REQUESTED")
                .containsEntry("advanceStatus", "DISPUTED");

        calls.dispute(DisputeCalls.agent("agent-adv"), caseId, "accept", Map.of());
        String buyerPhoto = calls.evidence(calls.buyer, caseId);
        calls.dispute(calls.buyer, caseId, "submit-evidence", Map.of("statement", "I sent the shirt",
                "evidenceIds", List.of(buyerPhoto)));
        calls.dispute(AdvanceCalls.SELLER, caseId, "submit-evidence", Map.of("statement", "empty parcel",
                "evidenceIds", List.of(photo)));
        calls.dispute(DisputeCalls.agent("agent-adv"), caseId, "rule", Map.of("outcome", "FOR_SELLER",
                "faultParty", "BUYER", "reasons", "the weighed parcel was empty", "evidenceIds", List.of(photo)));

        Map<String, Object> ruled = calls.read(caseId);
        assertThat(ruled).containsEntry("status", "REFUNDED").containsEntry("advanceStatus", "RECOVERING")
                .containsEntry("refundedAmount", (int) amount);
        // no reversal: the legs paid before are all there is, and nothing negative was sent
        assertThat(calls.refunds(caseId)).isEqualTo(paidLegs);
        assertThat(webhooks(caseId)).contains("advance.unrecovered").doesNotContain("advance.settled");
        String unrecovered = jdbc.sql("SELECT payload FROM webhook_event WHERE subject = ? AND event_type = ?")
                .params(caseId, "advance.unrecovered").query(String.class).single();
        assertThat(unrecovered).contains("\"buyerId\":\"" + calls.buyerId + "\"")
                .contains("\"amountFen\":" + amount);
        // the buyer owes it: a receivable repays the platform's advance; the shop's escrow is untouched
        Waiting.until(() -> lines(Account.PLATFORM_ADVANCE, caseId), l -> l.size() == 2);
        assertThat(ledger.balance(Account.buyerReceivable(calls.buyerId), CNY)).isEqualTo(amount);
        assertThat(lines(Account.PLATFORM_ESCROW, caseId)).isEmpty();
        // the quota stays held until the buyer pays back, then is released once
        assertThat(quotas.of(calls.buyerId).quotaLeft()).isEqualTo(InstantRefundPolicy.DEFAULTS.quotaPerBuyer() - amount);
        assertThat(auditFindings(caseId)).as("an advance nobody bore yet is no finding").isEmpty();
        // the buyer pays the receivable the advance became; paying it reports the repayment once
        String receivableId = calls.advanceReceivable(caseId);
        calls.receivable(calls.buyer, receivableId, "pay", Map.of("version", 1, "paymentRef", "PAY-" + caseId))
                .andExpect(status().isOk());
        assertThat(advances.of(caseId.toString()).orElseThrow().status()).isEqualTo(AdvanceStatus.RECOVERED);
        assertThat(advances.recovered(caseId.toString(), "receivables")).isFalse();
        assertThat(quotas.of(calls.buyerId).quotaLeft()).isEqualTo(InstantRefundPolicy.DEFAULTS.quotaPerBuyer());
    }

    @Test
    void sellersConfirmedReceiptSettlesAReturnAdvanceAgainstTheShop() throws Exception {
        Object caseId = calls.advancedReturn();
        Map<String, Object> confirmed = calls.done(AdvanceCalls.SELLER, caseId, "confirm-receipt", Map.of());
        assertThat(confirmed).containsEntry("status", "REFUNDED").containsEntry("advanceStatus", "SETTLED");
        assertThat(calls.refunds(caseId)).hasSize(1);
        calls.act(AdvanceCalls.SELLER, caseId, "refuse-receipt", Map.of("reasonCode", "X", "message", "late",
                "evidenceIds", List.of(calls.evidence(AdvanceCalls.SELLER, caseId)))).andExpect(status().isConflict());
    }

    @Test
    void aBuyerOverTheQuotaGetsTheOrdinaryFlowAndTheSellerAnswers() throws Exception {
        AdvanceCalls.terms(policies, new InstantRefundPolicy(true, true, 9000, 90, 10, 500_000, null, null, null, 0));
        Map<String, Object> first = calls.opened(calls.order(), "REFUND_ONLY", "NOT_RECEIVED");
        assertThat(first).containsEntry("status", "REFUNDING");
        // the first took 8900 of 9000: the next request waits for the seller like any other
        Map<String, Object> second = calls.opened(calls.order(), "REFUND_ONLY", "NOT_RECEIVED");
        assertThat(second).containsEntry("status", "REQUESTED").containsEntry("advanceStatus", "NONE");
        assertThat(quotas.of(calls.buyerId)).satisfies(q -> {
            assertThat(q.quotaLeft()).isEqualTo(100);
            assertThat(q.quotaTotal()).isEqualTo(9000);
        });
        assertThat(calls.read(AdvanceCalls.SELLER, second.get("caseId")).get("allowedActions").toString())
                .contains("agree");
    }

    /** What the refund audit finds about this case's refund, over the days around now. */
    private List<Finding> auditFindings(Object caseId) {
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
        RefundAuditRun run = refundAudits.run(new RefundAudits.Request(today.minusDays(3), today.plusDays(3),
                List.of("shop-1"), null, null), "auditor-advance");
        return refundAudits.findings(run.runId(), "auditor-advance").stream()
                .filter(f -> caseId.equals(f.caseId())).toList();
    }

    private List<LedgerLine> lines(Account account, Object caseId) {
        return ledger.lines(account).stream().filter(l -> l.reference().endsWith(":" + caseId)).toList();
    }

    private List<String> webhooks(Object caseId) {
        return jdbc.sql("SELECT event_type FROM webhook_event WHERE subject = ?").param(caseId).query(String.class)
                .list();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> decision(Map<String, Object> c) {
        return (Map<String, Object>) c.get("refundDecision");
    }
}
