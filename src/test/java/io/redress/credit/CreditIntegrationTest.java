package io.redress.credit;

import static io.redress.credit.CreditCalls.json;
import static io.redress.credit.CreditCalls.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.identity.Role;
import io.redress.intervention.DisputeCalls;
import io.redress.orders.Callers;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@RedressIntegrationTest
class CreditIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Autowired
    CreditInputs inputs;

    @Autowired
    Penalties penalties;

    @Autowired
    Privileges privileges;

    @Autowired
    JdbcClient jdbc;

    private CreditCalls calls() {
        return new CreditCalls(mvc, clock);
    }

    @Test
    void anAbusiveBuyersThirdEmptyParcelFaultWarnsAndSuspendsInstantRefundUntilTheAppealOverturnsIt() throws Exception {
        CreditCalls calls = calls();
        String buyerId = "buyer-" + UUID.randomUUID();
        Party buyer = Party.buyer(buyerId);
        RequestPostProcessor asBuyer = Callers.buyer(buyerId);
        List<String> caseIds = new ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            caseIds.add(calls.buyerFaultRuling(buyerId, "shop-1", "NOT_RECEIVED", "agent-c" + n));
            int points = n;
            Waiting.until(() -> inputs.standing(buyer), s -> s.points() == points);
        }
        assertThat(penalties.of(buyer)).isEmpty();
        assertThat(privileges.of(buyer).instantRefund()).isTrue();

        caseIds.add(calls.buyerFaultRuling(buyerId, "shop-1", "NOT_RECEIVED", "agent-c3"));
        List<Penalty> issued = Waiting.until(() -> penalties.of(buyer), p -> p.size() == 2);
        assertThat(issued).extracting(Penalty::kind)
                .containsExactlyInAnyOrder(PenaltyKind.WARNING, PenaltyKind.PRIVILEGE_SUSPENDED);
        Penalty suspension = issued.stream().filter(p -> p.kind() == PenaltyKind.PRIVILEGE_SUSPENDED).findFirst().orElseThrow();
        assertThat(suspension.privilege()).isEqualTo(Privilege.INSTANT_REFUND);
        assertThat(suspension.issuedBy()).isEqualTo(Penalty.SYSTEM);
        assertThat(suspension.ruleVersion()).matches("taobao:\\d+");
        assertThat(suspension.caseIds()).containsExactlyInAnyOrderElementsOf(caseIds);
        assertThat(suspension.reasons()).contains("3 × empty-parcel claims ruled the buyer's fault")
                .contains("空包裹申诉被判定为买家责任");
        assertThat(privileges.of(buyer).instantRefund()).isFalse();

        Map<String, Object> standing = json(calls.standing(asBuyer, "buyer", buyerId).andExpect(status().isOk())
                .andExpect(jsonPath("$.standing").value("WATCH"))
                .andExpect(jsonPath("$.instantRefund.eligible").value(false))
                .andExpect(jsonPath("$.instantRefund.reasons").value(
                        org.hamcrest.Matchers.hasItem("gate:penalty.instant-refund-suspended")))
                .andExpect(jsonPath("$.privileges.instantRefund").value(false)));
        assertThat(standing.get("reasons").toString()).contains("FAULT_EMPTY_PARCEL");
        calls.standing(Callers.buyer("buyer-" + UUID.randomUUID()), "buyer", buyerId).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE fact = 'credit.penalty-issued' AND subject = ?")
                .param("buyer:" + buyerId).query(Long.class).single()).isEqualTo(2);

        String id = suspension.penaltyId();
        calls.act(Callers.buyer("buyer-" + UUID.randomUUID()), id, "appeal", Map.of("message", "not me"))
                .andExpect(status().isNotFound());
        calls.act(asBuyer, id, "appeal", Map.of()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("message"));
        calls.act(asBuyer, id, "appeal", Map.of("message", "the courier opened it"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.appeal.message").value("the courier opened it"));
        calls.act(asBuyer, id, "appeal", Map.of("message", "again")).andExpect(status().isConflict());
        calls.act(Callers.staff(Role.AGENT), id, "review", Map.of("decision", "OVERTURNED", "reasons", "x"))
                .andExpect(status().isForbidden());
        calls.act(asBuyer, id, "revoke", Map.of("reason", "x")).andExpect(status().isForbidden());
        List<Map<String, Object>> pending = list(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/penalties").param("appeals", "pending").with(DisputeCalls.senior("senior-q")))
                .andExpect(status().isOk()));
        assertThat(pending).extracting(p -> p.get("penaltyId")).contains(id);

        calls.act(DisputeCalls.senior("senior-q"), id, "review", Map.of("decision", "OVERTURNED",
                        "reasons", "the courier's report shows the parcel opened in transit"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REVOKED"))
                .andExpect(jsonPath("$.revocation.via").value("APPEAL"))
                .andExpect(jsonPath("$.appeal.decision").value("OVERTURNED"));
        assertThat(privileges.of(buyer).instantRefund()).isTrue();
        calls.standing(asBuyer, "buyer", buyerId).andExpect(jsonPath("$.privileges.instantRefund").value(true))
                .andExpect(jsonPath("$.penalties[?(@.penaltyId == '" + id + "')].status").value("REVOKED"));
    }

    @Test
    void recordingAnInputAgainFromTheSameSourceChangesNothing() throws Exception {
        Party buyer = Party.buyer("buyer-" + UUID.randomUUID());
        CreditInput input = CreditInput.of(new CreditInput.Source("POST_REFUND_APPEAL", "PRR-" + UUID.randomUUID(),
                null, "taobao:1"), CreditKind.BAD_FAITH_APPEAL, buyer, clock.instant(), "bad faith found");
        assertThat(inputs.record(input)).isPresent();
        assertThat(inputs.record(input)).isEmpty();
        assertThat(inputs.standing(buyer).points()).isEqualTo(2);
        assertThat(inputs.inputs(buyer)).hasSize(1);

        CreditCalls calls = calls();
        Map<String, Object> signal = Map.of("kind", "UNPAID_ORDER", "at", Instant.now(clock).minusSeconds(60).toString(),
                "reference", "ORD-" + UUID.randomUUID());
        calls.signal(Callers.marketplace(), "buyer", buyer.id(), signal).andExpect(status().isCreated())
                .andExpect(jsonPath("$.recorded").value(true));
        calls.signal(Callers.marketplace(), "buyer", buyer.id(), signal).andExpect(status().isOk())
                .andExpect(jsonPath("$.recorded").value(false));
        assertThat(inputs.inputs(buyer)).hasSize(2);
        calls.signal(Callers.marketplace(), "shop", "shop-1", signal).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        calls.signal(Callers.marketplace(), "buyer", buyer.id(), Map.of("kind", "FAULT_OTHER", "at",
                Instant.now(clock).toString(), "reference", "x")).andExpect(status().isBadRequest());
        calls.signal(Callers.buyer(buyer.id()), "buyer", buyer.id(), signal).andExpect(status().isForbidden());
    }

    @Test
    void agentsIssueAndRevokeAndTheIssuerNeverReviewsTheAppeal() throws Exception {
        CreditCalls calls = calls();
        String shopId = "shop-" + UUID.randomUUID();
        String endpointId = (String) ((Map<?, ?>) json(mvc.perform(org.springframework.test.web.servlet.request
                        .MockMvcRequestBuilders.post("/api/v1/webhooks/endpoints").with(Callers.marketplace())
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"http://127.0.0.1:9/credit\",\"eventTypes\":[\"penalty.issued\",\"penalty.revoked\"]}"))
                .andExpect(status().isCreated())).get("endpoint")).get("endpointId");
        RequestPostProcessor issuer = DisputeCalls.senior("senior-i");
        calls.issue(issuer, Map.of("party", "shop:" + shopId, "kind", "PRIVILEGE_SUSPENDED", "privilege", "INSTANT_REFUND",
                "reasonCode", "SLOW", "reasons", "x", "duration", "P30D")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("privilege"));
        calls.issue(issuer, Map.of("party", "shop:" + shopId, "kind", "FINE", "reasonCode", "SLOW", "reasons", "x",
                "duration", "P30D")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("fineAmount"));
        calls.issue(Callers.seller(shopId), Map.of("party", "shop:" + shopId, "kind", "WARNING", "reasonCode", "X",
                "reasons", "x", "duration", "P30D")).andExpect(status().isForbidden());
        String id = (String) json(calls.issue(issuer, Map.of("party", "shop:" + shopId, "kind", "PRIVILEGE_SUSPENDED",
                "privilege", "AUTO_AGREE", "reasonCode", "TIMER_BREACHES", "reasons", "five answers missed this month",
                "caseIds", List.of("C-1"), "duration", "P30D")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.issuedBy").value("senior-i"))
                .andExpect(jsonPath("$.ruleVersion").isNotEmpty())).get("penaltyId");
        assertThat(privileges.of(Party.shop(shopId)).autoAgree()).isFalse();

        calls.act(Callers.seller(shopId), id, "appeal", Map.of("message", "the timers ran over a holiday"))
                .andExpect(status().isOk());
        calls.act(issuer, id, "review", Map.of("decision", "OVERTURNED", "reasons", "mine"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.allowedActions[0]").value("revoke"));
        calls.act(DisputeCalls.senior("senior-j"), id, "review", Map.of("decision", "UPHELD", "reasons", "holidays count"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACTIVE"));
        assertThat(privileges.of(Party.shop(shopId)).autoAgree()).isFalse();

        calls.act(Callers.staff(Role.AGENT), id, "revoke", Map.of()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        calls.act(Callers.staff(Role.AGENT), id, "revoke", Map.of("reason", "issued for the wrong month"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REVOKED"))
                .andExpect(jsonPath("$.revocation.reason").value("issued for the wrong month"));
        calls.act(Callers.staff(Role.AGENT), id, "revoke", Map.of("reason", "again")).andExpect(status().isConflict());
        assertThat(privileges.of(Party.shop(shopId)).autoAgree()).isTrue();
        assertThat(jdbc.sql("SELECT event_type FROM webhook_event WHERE subject = ? ORDER BY occurred_at")
                .param("shop:" + shopId).query(String.class).list()).containsExactly("penalty.issued", "penalty.revoked");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/webhooks/endpoints/" + endpointId + "/disable").with(Callers.marketplace()))
                .andExpect(status().isOk());
        assertThat(penalties.of(Party.shop(shopId))).singleElement()
                .satisfies(p -> assertThat(p.status(clock.instant())).isEqualTo(Penalty.Status.REVOKED));
        calls.standing(Callers.seller(shopId), "shop", shopId).andExpect(status().isOk())
                .andExpect(jsonPath("$.penalties[0].status").value("REVOKED"));
        calls.standing(Callers.seller("shop-" + UUID.randomUUID()), "shop", shopId).andExpect(status().isNotFound());
        calls.standing(Callers.staff(Role.ADMIN), "shop", shopId).andExpect(status().isForbidden());
        calls.standing(Callers.staff(Role.AUDITOR), "shop", shopId).andExpect(status().isOk());
        calls.standing(Callers.marketplace(), "seller", shopId).andExpect(status().isNotFound());
    }

    @Test
    void aMaliciousComplaintCountsAgainstTheComplainingBuyerAndAComplaintAgainstTheShop() throws Exception {
        String buyerId = "buyer-" + UUID.randomUUID();
        io.redress.aftersale.web.PayoutCalls payouts = new io.redress.aftersale.web.PayoutCalls(mvc);
        String caseId = (String) payouts.apply(Callers.buyer(buyerId), payouts.twoInstrumentOrder(buyerId), 1, null)
                .get("caseId");
        String complaintId = (String) json(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/complaints").with(Callers.buyer(buyerId))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"caseId\":\"" + caseId + "\",\"against\":\"SELLER\",\"category\":\"RUDE_SERVICE\","
                        + "\"message\":\"the same text again\"}")).andExpect(status().isCreated())).get("complaintId");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/complaints/" + complaintId + "/resolve").with(Callers.staff(Role.AGENT))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"version\":1,\"finding\":\"MALICIOUS\",\"note\":\"filed forty times\"}"))
                .andExpect(status().isOk());
        Standing standing = Waiting.until(() -> inputs.standing(Party.buyer(buyerId)), s -> s.points() == 2);
        assertThat(standing.counted()).containsEntry(CreditKind.MALICIOUS_COMPLAINT, 1);
        // filing and resolving are two events whose listeners run on their own threads, in either order
        String onShop = "SELECT kind FROM credit_input WHERE source_ref = ? AND party_type = 'SHOP' AND party_id = 'shop-1'";
        assertThat(Waiting.until(() -> jdbc.sql(onShop).param(complaintId).query(String.class).list(), k -> !k.isEmpty()))
                .containsExactly(CreditKind.COMPLAINT_RECEIVED.name());
    }

    @Test
    void theSubjectAppealsOnlyWithinTheWindow() throws Exception {
        CreditCalls calls = calls();
        String buyerId = "buyer-" + UUID.randomUUID();
        String id = (String) json(calls.issue(Callers.staff(Role.AGENT), Map.of("party", "buyer:" + buyerId,
                "kind", "WARNING", "reasonCode", "THREATS", "reasons", "threatened a bad review for a refund",
                "duration", "P30D")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.allowedActions[0]").value("revoke"))).get("penaltyId");
        calls.standing(Callers.buyer(buyerId), "buyer", buyerId)
                .andExpect(jsonPath("$.penalties[0].allowedActions[0]").value("appeal"));
        new DisputeCalls(mvc, clock).advance("P8D");
        calls.act(Callers.buyer(buyerId), id, "appeal", Map.of("message", "late")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.allowedActions").isEmpty());
    }
}
