package io.redress.postrefund;

import static io.redress.intervention.DisputeCalls.BUYER;
import static io.redress.intervention.DisputeCalls.SELLER;
import static io.redress.intervention.DisputeCalls.agent;
import static io.redress.intervention.DisputeCalls.senior;
import static io.redress.postrefund.AfterRefundCalls.json;
import static io.redress.postrefund.AfterRefundCalls.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.ledger.Account;
import io.redress.ledger.BreakKind;
import io.redress.ledger.Ledger;
import io.redress.ledger.Reconciliation;
import io.redress.orders.OrderJson;
import io.redress.payments.PaymentGateway;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Requests after a refund through the API: acceptance, four eyes, outcomes booked, windows on the clock. */
@RedressIntegrationTest
class AfterRefundIntegrationTest {

    static final Currency CNY = Currency.getInstance("CNY");

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    Ledger ledger;
    @Autowired
    Reconciliation reconciliation;
    @Autowired
    PaymentGateway gateway;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;
    @Autowired
    PostRefundRequests requests;

    AfterRefundCalls calls;

    @BeforeEach
    void calls() {
        calls = new AfterRefundCalls(mvc, clock);
    }

    @Test
    void aSellerWhoAgreedToTheRefundIsNotAcceptedAndToldWhyInEitherLanguage() throws Exception {
        String caseId = calls.agreedRefund();
        String photo = calls.disputes.evidence(SELLER, caseId);
        Map<String, Object> body = Map.of("kind", "SELLER_APPEAL", "grounds", "EMPTY_PARCEL",
                "message", "changed my mind", "evidenceIds", List.of(photo));

        calls.file(SELLER, caseId, body, null).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("NOT_ACCEPTED"))
                .andExpect(jsonPath("$.reasonCode").value("REGRET_AFTER_AGREED_REFUND"))
                .andExpect(jsonPath("$.section").value("DOMAIN §8.3.3"))
                .andExpect(jsonPath("$.detail").value(messages.getMessage(
                        "postrefund.notAccepted.REGRET_AFTER_AGREED_REFUND", null, Locale.ENGLISH)));
        String chinese = messages.getMessage("postrefund.notAccepted.REGRET_AFTER_AGREED_REFUND", null,
                Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese).containsPattern("\\p{IsHan}");
        calls.file(SELLER, caseId, body, "zh-CN").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(chinese));
        assertThat(requests.forCase(caseId)).as("a refusal stores nothing").isEmpty();
    }

    @Test
    void anAppealOfARulingGoesToAnotherSeniorAndAnUpheldOneOpensAReceivableTheBuyerPaysWithoutAnyReversal()
            throws Exception {
        String caseId = calls.ruledRefund(senior("senior-ruler"));
        long refunded = ((Number) calls.readCase(caseId).get("refundedAmount")).longValue();
        long attemptsBefore = attempts(caseId);
        int pspBefore = gateway.statement().size();

        Map<String, Object> appeal = calls.appeal(caseId, "EMPTY_PARCEL");
        String requestId = appeal.get("requestId").toString();
        assertThat(appeal).containsEntry("status", "AWAITING_REVIEW").containsEntry("refundSource", "RULING")
                .containsEntry("refundedAmount", (int) refunded);
        assertThat(calls.disputes.dispute(SELLER, caseId)).as("the case itself does not move")
                .containsEntry("status", "APPEAL_OPEN");

        // four eyes: the senior agent who ruled the case may not review the appeal of its refund
        calls.act(senior("senior-ruler"), requestId, "review", Map.of("decision", "UPHELD",
                        "outcome", "BUYER_RECEIVABLE", "reasons", "mine"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.allowedActions").isEmpty());
        calls.act(agent("agent-x"), requestId, "review", Map.of("decision", "UPHELD", "reasons", "x"))
                .andExpect(status().isForbidden());

        Map<String, Object> reviewed = calls.done(senior("senior-second"), requestId, "review", Map.of(
                "decision", "UPHELD", "outcome", "BUYER_RECEIVABLE", "reasons", "the parcel weighed 12 g",
                "badFaith", true, "finding", "returned an empty parcel"));
        assertThat(reviewed).containsEntry("status", "UPHELD");
        @SuppressWarnings("unchecked")
        Map<String, Object> decision = (Map<String, Object>) reviewed.get("decision");
        assertThat(decision).containsEntry("outcome", "BUYER_RECEIVABLE").containsEntry("amount", (int) refunded)
                .containsEntry("badFaith", true).containsEntry("decidedBy", "senior-second");
        String receivableId = decision.get("receivableId").toString();

        List<Map<String, Object>> owed = list(mvc.perform(get("/api/v1/receivables").with(BUYER))
                .andExpect(status().isOk()));
        Map<String, Object> receivable = owed.stream().filter(r -> r.get("receivableId").equals(receivableId))
                .findFirst().orElseThrow();
        assertThat(receivable).containsEntry("outstanding", (int) refunded).containsEntry("status", "OPEN");
        assertThat(receivable.get("allowedActions").toString()).contains("pay", "consent-offset")
                .doesNotContain("write-off");
        assertThat(ledger.lines(Account.buyerReceivable("buyer-1")))
                .anyMatch(l -> l.reference().equals("receivable-opened:" + receivableId) && l.amount() == refunded);

        // the buyer pays in two parts; the second settles it
        long first = refunded / 3;
        calls.receivable(BUYER, receivableId, "pay", Map.of("version", 1, "amount", first, "paymentRef", "PAY-A"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.outstanding").value(refunded - first));
        calls.receivable(BUYER, receivableId, "pay", Map.of("version", 1, "amount", 1, "paymentRef", "PAY-STALE"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.receivable.version").value(2));
        calls.receivable(BUYER, receivableId, "pay", Map.of("version", 2, "amount", refunded, "paymentRef", "PAY-B"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        calls.receivable(BUYER, receivableId, "pay", Map.of("version", 2, "paymentRef", "PAY-B"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SETTLED"))
                .andExpect(jsonPath("$.outstanding").value(0)).andExpect(jsonPath("$.allowedActions").isEmpty());
        assertThat(ledger.lines(Account.buyerReceivable("buyer-1")).stream()
                .filter(l -> l.reference().startsWith("receivable-") && l.reference().contains(receivableId))
                .mapToLong(l -> l.amount()).sum()).as("nothing outstanding in the books").isZero();

        // balanced, reconciled, and the refund untouched: no new attempt, no PSP movement, the case still refunded
        assertThat(ledger.unbalancedEntries()).isEmpty();
        assertThat(reconciliation.report().breaks()).noneMatch(b -> b.kind() == BreakKind.RECORD_MISMATCH);
        assertThat(attempts(caseId)).isEqualTo(attemptsBefore);
        assertThat(gateway.statement()).hasSize(pspBefore);
        assertThat(calls.readCase(caseId)).containsEntry("status", "REFUNDED")
                .containsEntry("refundedAmount", (int) refunded);

        assertThat(jdbc.sql("SELECT fact FROM audit_record WHERE subject = ?").param("case:" + caseId)
                .query(String.class).list()).contains("post-refund.requested", "post-refund.appeal-reviewed",
                        "post-refund.changed", "post-refund.receivable-changed", "post-refund.buyer-fault-found");
        assertThat(jdbc.sql("SELECT finding FROM buyer_fault_finding WHERE request_id = ?").param(requestId)
                .query(String.class).single()).isEqualTo("returned an empty parcel");
        List<Map<String, Object>> timeline = list(mvc.perform(get("/api/v1/cases/" + caseId + "/timeline")
                .with(SELLER)).andExpect(status().isOk()));
        assertThat(timeline).extracting(e -> e.get("action"))
                .contains("seller-appeal:request", "seller-appeal:review");
    }

    @Test
    void theSellersSevenDaysRunFromTheRefundOnTheDevelopmentClock() throws Exception {
        String caseId = calls.ruledRefund(agent("agent-late"));
        calls.disputes.advance("P7DT1H");
        String photo = calls.disputes.evidence(SELLER, caseId);
        calls.file(SELLER, caseId, Map.of("kind", "SELLER_APPEAL", "grounds", "SWAPPED_ITEM", "message", "late",
                        "evidenceIds", List.of(photo)), null)
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.reasonCode").value("LATE"))
                .andExpect(jsonPath("$.section").value("DOMAIN §8.3.1"));
    }

    @Test
    void aTimedOutAgreementMayBeAppealedButThePlatformDoesNotPayForTheSellersOwnSilence() throws Exception {
        String caseId = calls.timedOutRefund();
        String photo = calls.disputes.evidence(SELLER, caseId);
        calls.file(SELLER, caseId, Map.of("kind", "SELLER_APPEAL", "grounds", "GOODS_NOT_RETURNED",
                        "message", "I want them back", "evidenceIds", List.of(photo)), null)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasonCode").value("SELLER_WANTS_GOODS_BACK"));
        calls.file(SELLER, caseId, Map.of("kind", "SELLER_APPEAL", "grounds", "FAKE_TRACKING",
                        "message", "no evidence"), null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("evidenceIds"));

        Map<String, Object> appeal = calls.appeal(caseId, "FAKE_TRACKING");
        assertThat(appeal).containsEntry("refundSource", "TIMEOUT_AGREEMENT");
        String requestId = appeal.get("requestId").toString();
        calls.act(senior("senior-t"), requestId, "review", Map.of("decision", "UPHELD",
                        "outcome", "PLATFORM_COMPENSATION", "reasons", "the tracking number was never scanned"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("outcome"));
        Map<String, Object> reviewed = calls.done(senior("senior-t"), requestId, "review", Map.of("decision", "UPHELD",
                "outcome", "BUYER_RECEIVABLE", "amount", 1000, "reasons", "the tracking number was never scanned"));
        @SuppressWarnings("unchecked")
        String receivableId = ((Map<String, Object>) reviewed.get("decision")).get("receivableId").toString();

        calls.receivable(BUYER, receivableId, "write-off", Map.of("version", 1, "reason", "x"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.allowedActions").value(org.hamcrest.Matchers.contains("pay", "consent-offset")));
        calls.receivable(SELLER, receivableId, "write-off", Map.of("version", 1, "reason", "x"))
                .andExpect(status().isForbidden());
        calls.receivable(BUYER, receivableId, "consent-offset", Map.of("version", 1))
                .andExpect(status().isOk()).andExpect(jsonPath("$.offsetConsentAt").isNotEmpty());
        calls.receivable(senior("senior-t"), receivableId, "write-off", Map.of("version", 2))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        calls.receivable(senior("senior-t"), receivableId, "write-off", Map.of("version", 2,
                        "reason", "the buyer's account is closed"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WRITTEN_OFF"))
                .andExpect(jsonPath("$.writtenOff").value(1000)).andExpect(jsonPath("$.outstanding").value(0));
        assertThat(ledger.lines(AfterRefundPostings.WRITE_OFFS))
                .anyMatch(l -> l.reference().equals("receivable-written-off:" + receivableId) && l.amount() == 1000);
        assertThat(reconciliation.report().breaks()).noneMatch(b -> b.kind() == BreakKind.RECORD_MISMATCH);
    }

    @Test
    void anUpheldAppealOfARulingMayBeCompensatedByThePlatformOnceEvenWhenTheReviewIsRetried() throws Exception {
        String caseId = calls.ruledRefund(agent("agent-c"));
        String requestId = calls.appeal(caseId, "SWAPPED_ITEM").get("requestId").toString();
        String body = OrderJson.write(Map.of("version", 1, "decision", "UPHELD", "outcome", "PLATFORM_COMPENSATION",
                "amount", 2000, "reasons", "our ruling relied on a photo of another item"));
        String first = mvc.perform(post("/api/v1/post-refund-requests/" + requestId + "/review").with(senior("senior-c"))
                        .header("Idempotency-Key", "review-" + requestId).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String again = mvc.perform(post("/api/v1/post-refund-requests/" + requestId + "/review").with(senior("senior-c"))
                        .header("Idempotency-Key", "review-" + requestId).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk()).andExpect(header().string("Idempotency-Replayed", "true"))
                .andReturn().getResponse().getContentAsString();
        assertThat(again).isEqualTo(first);
        calls.act(senior("senior-c"), requestId, "review", Map.of("version", 1, "decision", "UPHELD",
                "outcome", "PLATFORM_COMPENSATION", "reasons", "again")).andExpect(status().isConflict());
        assertThat(ledger.lines(Account.PLATFORM_COMPENSATION).stream()
                .filter(l -> l.reference().equals("appeal-compensation:" + requestId)))
                .as("booked once").singleElement().satisfies(l -> assertThat(l.amount()).isEqualTo(2000));
        assertThat(ledger.lines(Account.sellerPayable("shop-1")))
                .anyMatch(l -> l.reference().equals("appeal-compensation:" + requestId) && l.amount() == -2000);
        assertThat(reconciliation.report().breaks()).noneMatch(b -> b.kind() == BreakKind.RECORD_MISMATCH);
    }

    @Test
    void aReinstatementTheSellerAcceptsCarriesTheOriginalPricesAndOneTheSellerDeclinedIsNotAskedAgain()
            throws Exception {
        String caseId = calls.agreedRefund();
        Map<String, Object> asked = json(calls.file(BUYER, caseId, Map.of("kind", "REINSTATEMENT",
                "message", "I want it after all"), null).andExpect(status().isCreated()));
        assertThat(asked).containsEntry("status", "AWAITING_SELLER").containsEntry("addressRef",
                "order:" + calls.readCase(caseId).get("orderId"));
        assertThat(Duration.between(Instant.parse(asked.get("requestedAt").toString()),
                Instant.parse(asked.get("dueAt").toString()))).isEqualTo(Duration.ofHours(48));
        calls.file(BUYER, caseId, Map.of("kind", "REINSTATEMENT", "message", "again"), null)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasonCode").value("ALREADY_REQUESTED"));
        String requestId = asked.get("requestId").toString();
        calls.act(BUYER, requestId, "accept", Map.of()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.allowedActions[0]").value("withdraw"));
        assertThat(calls.done(SELLER, requestId, "accept", Map.of())).containsEntry("status", "ACCEPTED");

        String details = jdbc.sql("SELECT line FROM audit_record WHERE subject = ? AND fact = ?")
                .params("case:" + caseId, "post-refund.reinstatement-accepted").query(String.class).single();
        assertThat(details).contains("\"unitPrice\"", "\"originalLineId\":\"L1\"", requestId);

        String declinedCase = calls.agreedRefund();
        String second = json(calls.file(BUYER, declinedCase, Map.of("kind", "REINSTATEMENT", "message", "please"),
                null).andExpect(status().isCreated())).get("requestId").toString();
        calls.act(SELLER, second, "decline", Map.of()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reasons"));
        assertThat(calls.done(SELLER, second, "decline", Map.of("reasons", "sold out"))).containsEntry("status",
                "DECLINED");
        calls.file(BUYER, declinedCase, Map.of("kind", "REINSTATEMENT", "message", "please please"), null)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasonCode").value("REGRET_AFTER_AGREED_REFUND"));
    }

    @Test
    void aReinstatementTheSellerLeavesUnansweredExpiresAndMayBeAskedAgain() throws Exception {
        String caseId = calls.agreedRefund();
        String requestId = json(calls.file(BUYER, caseId, Map.of("kind", "REINSTATEMENT", "message", "again?"), null)
                .andExpect(status().isCreated())).get("requestId").toString();
        calls.disputes.advance("PT49H");
        Waiting.until(() -> requests.forCase(caseId).get(0), r -> r.status() == PostRefundRequest.Status.EXPIRED);
        calls.file(BUYER, caseId, Map.of("kind", "REINSTATEMENT", "message", "one more time"), null)
                .andExpect(status().isCreated());
        assertThat(requests.forCase(caseId)).extracting(PostRefundRequest::requestId).contains(requestId).hasSize(2);
    }

    @Test
    void onlyARefundedCaseTakesRequestsAndOnlyItsPartiesFileThem() throws Exception {
        String open = calls.disputes.requestedCase();
        calls.file(BUYER, open, Map.of("kind", "REINSTATEMENT", "message", "x"), null)
                .andExpect(status().isConflict());
        String caseId = calls.agreedRefund();
        calls.file(SELLER, caseId, Map.of("kind", "REINSTATEMENT", "message", "x"), null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
        calls.file(io.redress.intervention.DisputeCalls.agent("agent-z"), caseId, Map.of("kind", "REINSTATEMENT",
                "message", "x"), null).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/" + caseId + "/post-refund-requests").with(senior("senior-read")))
                .andExpect(status().isOk());
    }

    private long attempts(String caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM refund_attempt WHERE refund_ref LIKE ?").param(caseId + "%")
                .query(Long.class).single();
    }
}
