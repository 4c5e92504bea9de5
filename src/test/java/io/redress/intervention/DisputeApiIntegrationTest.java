package io.redress.intervention;

import static io.redress.intervention.DisputeCalls.BUYER;
import static io.redress.intervention.DisputeCalls.SELLER;
import static io.redress.intervention.DisputeCalls.agent;
import static io.redress.intervention.DisputeCalls.senior;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.ledger.Account;
import io.redress.ledger.Ledger;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@RedressIntegrationTest
class DisputeApiIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    Ledger ledger;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    DisputeCalls calls;

    @BeforeEach
    void calls() {
        calls = new DisputeCalls(mvc, clock);
    }

    @Test
    void aFullDisputeRuledForTheBuyerIsRefundedAndTheSellersAppealIsUpheldByAnotherSenior() throws Exception {
        try (io.redress.webhooks.TestReceiver marketplace = new io.redress.webhooks.TestReceiver()) {
            String endpointId = subscribe(marketplace, List.of("intervention.requested", "intervention.accepted",
                    "intervention.ruled", "intervention.appealed", "intervention.reviewed", "refund.decided"));
            String caseId = aFullDispute();
            // the marketplace heard of each move, signed, in order (the ruling's refund decision and the ruling
            // itself commit together, the decision published first)
            List<io.redress.webhooks.TestReceiver.Received> heard = Waiting.until(() -> marketplace.of(caseId),
                    got -> got.stream().anyMatch(r -> r.type().equals("intervention.reviewed")));
            assertThat(heard).allSatisfy(r -> assertThat(r.verified()).isTrue());
            assertThat(heard.stream().map(io.redress.webhooks.TestReceiver.Received::type).toList()).containsSubsequence(
                    "intervention.requested", "intervention.accepted", "refund.decided", "intervention.ruled",
                    "intervention.appealed", "intervention.reviewed");
            assertThat(heard.stream().filter(r -> r.type().equals("intervention.ruled")).findFirst().orElseThrow()
                    .json().get("data").get("faultParty").asString()).isEqualTo("SELLER");
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/api/v1/webhooks/endpoints/" + endpointId + "/disable").with(io.redress.orders.Callers.marketplace()));
        }
    }

    private String subscribe(io.redress.webhooks.TestReceiver receiver, List<String> types) throws Exception {
        String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/webhooks/endpoints")
                        .with(io.redress.orders.Callers.marketplace()).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(io.redress.orders.OrderJson.write(Map.of("url", receiver.url("/hooks"), "eventTypes", types))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        tools.jackson.databind.JsonNode registered = tools.jackson.databind.json.JsonMapper.builder().build().readTree(body);
        receiver.trust(registered.get("secret").asString());
        return registered.get("endpoint").get("endpointId").asString();
    }

    private String aFullDispute() throws Exception {
        String caseId = calls.escalatedCase();
        assertThat(calls.dispute(agent("agent-a"), caseId)).containsEntry("status", "REQUESTED")
                .containsEntry("requestedBy", "BUYER");

        Map<String, Object> accepted = calls.done(agent("agent-a"), caseId, "accept", Map.of());
        assertThat(accepted).containsEntry("status", "EVIDENCE").containsEntry("agent", "agent-a");
        assertThat(accepted.get("evidenceDueAt")).isNotNull();

        String buyerPhoto = calls.evidence(BUYER, caseId);
        calls.done(BUYER, caseId, "submit-evidence", Map.of("statement", "my secret draft", "draft", true));
        assertThat(calls.dispute(SELLER, caseId).get("parties").toString()).doesNotContain("secret");
        assertThat(calls.dispute(BUYER, caseId).get("parties").toString()).contains("my secret draft");
        calls.done(BUYER, caseId, "submit-evidence", Map.of("statement", "torn seam", "evidenceIds", List.of(buyerPhoto)));
        assertThat(calls.dispute(BUYER, caseId)).containsEntry("status", "EVIDENCE");
        Map<String, Object> reviewed = calls.done(SELLER, caseId, "submit-evidence", Map.of("statement", "sent intact"));
        assertThat(reviewed).containsEntry("status", "FIRST_REVIEW");

        Map<String, Object> ruled = calls.done(agent("agent-a"), caseId, "rule", Map.of("outcome", "REFUND",
                "faultParty", "SELLER", "reasons", "the photo shows a torn seam", "evidenceIds", List.of(buyerPhoto)));
        assertThat(ruled).containsEntry("status", "APPEAL_OPEN");
        @SuppressWarnings("unchecked")
        Map<String, Object> ruling = (Map<String, Object>) ruled.get("ruling");
        assertThat(ruling).containsEntry("outcome", "REFUND").containsEntry("faultParty", "SELLER")
                .containsEntry("policyProfile", "taobao").containsEntry("ruledBy", "agent-a");
        Map<String, Object> refunded = Waiting.until(() -> read(caseId), c -> "REFUNDED".equals(c.get("status")));
        assertThat(refunded.get("refundedAmount")).isEqualTo(refunded.get("requestedAmount"));

        calls.act(SELLER, caseId, "appeal", Map.of("message", "the same photo again",
                        "evidenceIds", List.of(calls.refusalPhoto)))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("evidenceIds"))
                .andExpect(jsonPath("$.errors[0].message", org.hamcrest.Matchers.containsString("after the ruling")));
        String newPhoto = calls.evidence(SELLER, caseId);
        assertThat(calls.done(SELLER, caseId, "appeal", Map.of("message", "the buyer cut it",
                "evidenceIds", List.of(newPhoto)))).containsEntry("status", "SUPERVISOR_REVIEW");
        assertThat(calls.done(senior("senior-a"), caseId, "review", Map.of("decision", "UPHELD",
                "reasons", "the cut matches wear"))).containsEntry("status", "FINAL");
        assertThat(read(caseId)).containsEntry("status", "REFUNDED").containsEntry("intervention", "FINAL");
        return caseId;
    }

    @Test
    void theSeniorWhoRuledMayNotReviewTheAppealAndAnOverturnCompensatesTheSellerInTheLedger() throws Exception {
        String caseId = calls.escalatedCase();
        calls.done(senior("senior-r"), caseId, "accept", Map.of());
        String buyerPhoto = calls.bothSubmit(caseId);
        calls.done(senior("senior-r"), caseId, "rule", Map.of("outcome", "PARTIAL_REFUND", "amount", 3000,
                "faultParty", "SELLER", "reasons", "a small flaw", "evidenceIds", List.of(buyerPhoto)));
        assertThat(read(caseId)).containsEntry("agreedAmount", 3000);
        Map<String, Object> paid = Waiting.until(() -> read(caseId), c -> "REFUNDED".equals(c.get("status")));
        // the ruling is the refund decision: its amount, its action and its reasons as the decision's why
        @SuppressWarnings("unchecked")
        Map<String, Object> decided = (Map<String, Object>) paid.get("refundDecision");
        assertThat(decided).containsEntry("amount", 3000).containsEntry("action", "RULING_PARTIAL_REFUND")
                .containsEntry("reason", "a small flaw");
        calls.done(SELLER, caseId, "appeal", Map.of("message", "no flaw",
                "evidenceIds", List.of(calls.evidence(SELLER, caseId))));

        calls.act(senior("senior-r"), caseId, "review", Map.of("decision", "OVERTURNED", "reasons", "mine"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.allowedActions", not(hasItem("review"))));
        assertThat(calls.dispute(senior("senior-r"), caseId).get("allowedActions").toString()).doesNotContain("review");
        assertThat(calls.dispute(senior("senior-o"), caseId).get("allowedActions").toString()).contains("review");

        Map<String, Object> done = calls.done(senior("senior-o"), caseId, "review", Map.of("decision", "OVERTURNED",
                "reasons", "the photo is of another shirt"));
        assertThat(done).containsEntry("status", "FINAL");
        assertThat(done.get("appeal").toString()).contains("COMPENSATE_SELLER");
        Waiting.until(() -> ledger.lines(Account.PLATFORM_COMPENSATION),
                lines -> lines.stream().anyMatch(l -> l.reference().equals("ruling-correction:" + caseId + ":review")));
        assertThat(read(caseId)).containsEntry("status", "REFUNDED").containsEntry("refundedAmount", 3000)
                .containsEntry("intervention", "FINAL");
        // the audit trail holds the dispute's moves, the decision and the correction, under the case
        assertThat(jdbc.sql("SELECT fact FROM audit_record WHERE subject = ?").param("case:" + caseId)
                .query(String.class).list()).contains("intervention.accepted", "intervention.evidence-submitted",
                        "intervention.ruled", "refund.decided", "intervention.appealed", "intervention.reviewed",
                        "intervention.ruling-overturned", "ledger.ruling-correction");
    }

    @Test
    void aMediationBothPartiesAcceptRefundsTheSettledAmountAndIsFinal() throws Exception {
        String caseId = calls.escalatedCase();
        calls.done(agent("agent-m"), caseId, "accept", Map.of());
        calls.bothSubmit(caseId);
        calls.done(agent("agent-m"), caseId, "propose-settlement", Map.of("amount", 4000, "terms", "half back"));
        assertThat(calls.done(BUYER, caseId, "accept-settlement", Map.of())).containsEntry("status", "FIRST_REVIEW");
        Map<String, Object> settled = calls.done(SELLER, caseId, "accept-settlement", Map.of());
        assertThat(settled).containsEntry("status", "FINAL");
        assertThat(settled.get("allowedActions").toString()).doesNotContain("appeal");
        Map<String, Object> refunded = Waiting.until(() -> read(caseId), c -> "REFUNDED".equals(c.get("status")));
        assertThat(refunded).containsEntry("refundedAmount", 4000);
    }

    @Test
    void aRulingForTheSellerClosesTheCaseAndAnAmountAboveTheLiveQuoteIsRefused() throws Exception {
        String caseId = calls.escalatedCase();
        calls.done(agent("agent-s"), caseId, "accept", Map.of());
        calls.bothSubmit(caseId);
        calls.act(agent("agent-s"), caseId, "rule", Map.of("outcome", "PARTIAL_REFUND", "amount", 999_999,
                        "faultParty", "SELLER", "reasons", "too much"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        calls.act(agent("agent-s"), caseId, "rule", Map.of("outcome", "FOR_SELLER", "faultParty", "BUYER",
                        "reasons", "worn", "evidenceIds", List.of("EV-nope")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("evidenceIds"));
        calls.act(agent("agent-s"), caseId, "rule", Map.of("outcome", "RESHIP", "faultParty", "SELLER",
                "reasons", "send again")).andExpect(status().isConflict());
        calls.act(agent("other-agent"), caseId, "rule", Map.of("outcome", "FOR_SELLER", "faultParty", "BUYER",
                "reasons", "worn")).andExpect(status().isConflict());

        calls.done(agent("agent-s"), caseId, "rule", Map.of("outcome", "FOR_SELLER", "faultParty", "BUYER",
                "reasons", "worn beyond inspection"));
        assertThat(read(caseId)).containsEntry("status", "CLOSED").containsEntry("closeReason", "RULED_FOR_SELLER")
                .containsEntry("intervention", "APPEAL_OPEN");
    }

    @Test
    void undeterminedLiabilityRefundsARefundOnlyCaseAndAContradictingOutcomeIsRefused() throws Exception {
        String caseId = calls.escalatedCase();
        calls.done(agent("agent-u"), caseId, "accept", Map.of());
        calls.bothSubmit(caseId);
        calls.act(agent("agent-u"), caseId, "rule", Map.of("outcome", "FOR_SELLER", "faultParty", "UNDETERMINED",
                "reasons", "unclear")).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));
        Map<String, Object> ruled = calls.done(agent("agent-u"), caseId, "rule", Map.of("faultParty", "UNDETERMINED",
                "reasons", "neither side proves it"));
        assertThat(ruled.get("ruling").toString()).contains("outcome=REFUND");
    }

    @Test
    void aDeclinedDisputeTellsTheBuyerWhyInChinese() throws Exception {
        String caseId = calls.escalatedCase();
        calls.done(agent("agent-d"), caseId, "decline", Map.of("reasonCode", "FILED_LATE"));
        String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/v1/interventions/" + caseId).with(BUYER).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(
                        java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains("NOT_ACCEPTED").contains("FILED_LATE").contains("平台不予受理");
        assertThat(read(caseId).get("deadline").toString()).contains("T_REVISE".isEmpty() ? "" : "BUYER");
    }

    @Test
    void aSellerWhoseMoneyDidNotMoveDoesNotEscalateAndAnAgentSeesNoDisputeBeforeTheBuyerDoes() throws Exception {
        String caseId = calls.refusedCase();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/cases/" + caseId + "/escalate").with(SELLER)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + calls.version(caseId) + ",\"message\":\"judge it\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.allowedActions", not(hasItem("escalate"))));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/interventions/" + caseId).with(agent("agent-z"))).andExpect(status().isNotFound());
        calls.caseAction(BUYER, caseId, "escalate", Map.of("message", "please"));
        assertThat(calls.dispute(agent("agent-z"), caseId)).containsEntry("status", "REQUESTED");
    }

    @Test
    void theRequesterWithdrawsBeforeARulingButTheOtherPartyMayNot() throws Exception {
        String caseId = calls.escalatedCase();
        calls.done(agent("agent-w"), caseId, "accept", Map.of());
        calls.act(SELLER, caseId, "withdraw", Map.of()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.allowedActions", not(hasItem("withdraw"))));
        assertThat(calls.done(BUYER, caseId, "withdraw", Map.of())).containsEntry("status", "WITHDRAWN");
        assertThat(read(caseId)).containsEntry("status", "SELLER_REFUSED");
    }

    @Test
    void aPartyExtendsItsEvidencePeriodOnceByADay() throws Exception {
        String caseId = calls.escalatedCase();
        calls.done(agent("agent-e"), caseId, "accept", Map.of());
        String before = calls.dispute(BUYER, caseId).get("evidenceDueAt").toString();
        String after = calls.done(BUYER, caseId, "extend-evidence", Map.of()).get("evidenceDueAt").toString();
        assertThat(java.time.Duration.between(java.time.OffsetDateTime.parse(before),
                java.time.OffsetDateTime.parse(after))).isEqualTo(java.time.Duration.ofHours(24));
        calls.act(BUYER, caseId, "extend-evidence", Map.of()).andExpect(status().isConflict());
    }

    @Test
    void partiesAndOutsidersDoNotSeeNotesAndAStaleVersionIs409() throws Exception {
        String caseId = calls.escalatedCase();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/cases/" + caseId + "/notes").with(agent("agent-n"))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"text\":\"call the buyer\"}"))
                .andExpect(status().isCreated());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/cases/" + caseId + "/notes").with(BUYER)).andExpect(status().isForbidden());
        calls.act(agent("agent-n"), caseId, "accept", Map.of("version", 1)).andExpect(status().isConflict());
        calls.act(agent("agent-n"), caseId, "accept", Map.of("outcome", "REFUND"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("outcome"));
    }

    @Autowired
    io.redress.intervention.internal.DossierStore store;

    @Test
    void theDatabaseRefusesAReviewByTheAgentWhoRuledToo() throws Exception {
        String caseId = calls.escalatedCase();
        store.appeal(caseId, io.redress.aftersale.Actor.SELLER, "m", List.of(), "same-agent", clock.instant());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.review(caseId, ReviewDecision.UPHELD, "r",
                "same-agent", null, null, clock.instant()))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    private Map<String, Object> read(String caseId) {
        try {
            return calls.readCase(caseId);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
