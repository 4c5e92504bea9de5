package io.redress.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.aftersale.web.PayoutCalls;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.orders.Callers;
import io.redress.orders.OrderJson;
import io.redress.deadlines.ClockKind;
import io.redress.deadlines.DueTimes;
import io.redress.policy.Policies;
import io.redress.policy.Policy;
import io.redress.policy.PolicyChange;
import io.redress.policy.ServiceRules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

@RedressIntegrationTest
class ComplaintsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Complaints complaints;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Policies policies;

    @Autowired
    DueTimes dueTimes;

    @Autowired
    Clock clock;

    private static final Caller AGENT_CALLER = new Caller("agent", Set.of(Role.AGENT), null, null);

    private final RequestPostProcessor agent = Callers.staff(Role.AGENT);
    private final RequestPostProcessor senior = Callers.staff(Role.SENIOR_AGENT);

    @Test
    void aBuyerFilesAboutTheSellerWithAnSlaAndTheSellerOnlyAboutThePlatform() throws Exception {
        Party buyer = caseOfNewBuyer();
        Map<String, Object> filed = json(file(buyer.as, buyer.caseId, "SELLER", "SLOW_RESPONSE").andExpect(status().isCreated()));
        assertThat(filed).containsEntry("status", "FILED").containsEntry("escalated", false).containsEntry("complainantRole", "BUYER");
        Instant filedAt = Instant.parse((String) filed.get("filedAt"));
        assertThat(Instant.parse((String) filed.get("acknowledgeDue"))).isEqualTo(filedAt.plus(Duration.ofHours(24)));
        assertThat(Instant.parse((String) filed.get("resolveDue"))).isAfterOrEqualTo(filedAt.plus(Duration.ofDays(7)));

        file(Callers.seller("shop-1"), buyer.caseId, "SELLER", "RUDE_SERVICE").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("against"));
        file(Callers.seller("shop-1"), buyer.caseId, "PLATFORM", "UNFAIR_DECISION").andExpect(status().isCreated());
        file(Callers.buyer("buyer-" + UUID.randomUUID()), buyer.caseId, "SELLER", "OTHER").andExpect(status().isNotFound());
        file(buyer.as, buyer.caseId, "SELLER", "BAD_CATEGORY").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("category"));
        file(Callers.staff(Role.AGENT), buyer.caseId, "SELLER", "OTHER").andExpect(status().isForbidden());
    }

    @Test
    void anAgentResolvesAndAMaliciousComplaintIsRecordedAgainstTheComplainant() throws Exception {
        Party buyer = caseOfNewBuyer();
        String id = (String) json(file(buyer.as, buyer.caseId, "PLATFORM", "OTHER").andExpect(status().isCreated())).get("complaintId");

        act(agent, id, "acknowledge", Map.of("version", 1)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACKNOWLEDGED"));
        act(agent, id, "resolve", Map.of("version", 1, "finding", "MALICIOUS", "note", "x")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.allowedActions[0]").value("resolve"));
        act(agent, id, "resolve", Map.of("version", 2)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("finding"));
        act(agent, id, "resolve", Map.of("version", 2, "finding", "MALICIOUS", "note", "the same text filed 40 times"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.finding").value("MALICIOUS"));
        assertThat(complaints.strikes(buyer.buyerId)).isEqualTo(1);
        act(Callers.buyer(buyer.buyerId), id, "resolve", Map.of("version", 3)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/complaints").with(buyer.as)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].finding").value("MALICIOUS"));
    }

    @Test
    void anUnacknowledgedComplaintEscalatesToASeniorAgentWhenTheDevelopmentClockPassesTwentyFourHours() throws Exception {
        Party buyer = caseOfNewBuyer();
        String id = (String) json(file(buyer.as, buyer.caseId, "SELLER", "SLOW_RESPONSE").andExpect(status().isCreated())).get("complaintId");
        advance("PT25H");
        Complaint escalated = Waiting.until(() -> complaints.find(AGENT_CALLER, id), Complaint::escalated);
        assertThat(escalated.breaches()).containsExactly("ACKNOWLEDGE");
        act(agent, id, "resolve", Map.of("version", 2, "finding", "NO_FAULT", "note", "n")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.allowedActions[0]").value("acknowledge"));
        mvc.perform(get("/api/v1/complaints").param("escalated", "true").with(senior)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.complaintId == '" + id + "')].allowedActions[1]").value("resolve"));
        act(senior, id, "resolve", Map.of("version", 2, "finding", "FAULT_FOUND", "note", "the seller never answered"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.resolvedBy").value("senior_agent"));
    }

    @Test
    void anAcknowledgedComplaintLeftUnresolvedForSevenWorkingDaysEscalates() throws Exception {
        Party buyer = caseOfNewBuyer();
        String id = (String) json(file(buyer.as, buyer.caseId, "PLATFORM", "UNFAIR_DECISION").andExpect(status().isCreated())).get("complaintId");
        act(agent, id, "acknowledge", Map.of("version", 1)).andExpect(status().isOk());
        advance("P12D");
        Complaint escalated = Waiting.until(() -> complaints.find(AGENT_CALLER, id), Complaint::escalated);
        assertThat(escalated.breaches()).containsExactly("RESOLVE");
        assertThat(escalated.status()).isEqualTo(Complaint.Status.ACKNOWLEDGED);
    }

    @Test
    void theSlaIsThatOfThePolicyVersionInForceWhenFiledAndABreachOfItEscalates() throws Exception {
        Party before = caseOfNewBuyer();
        String filedBefore = (String) json(file(before.as, before.caseId, "SELLER", "SLOW_RESPONSE")
                .andExpect(status().isCreated())).get("complaintId");
        Policy previous = policies.inForce(policies.defaultProfile(), clock.instant());
        Policy tight = policies.publish(policies.defaultProfile(), serviceChange(new ServiceRules(Duration.ofHours(2), 3, null)),
                "complaints-test");
        try {
            Party after = caseOfNewBuyer();
            Map<String, Object> filed = json(file(after.as, after.caseId, "PLATFORM", "SLOW_RESPONSE").andExpect(status().isCreated()));
            Instant filedAt = Instant.parse((String) filed.get("filedAt"));
            assertThat(filed).containsEntry("policyProfile", tight.profile()).containsEntry("policyVersion", tight.version());
            assertThat(Instant.parse((String) filed.get("acknowledgeDue"))).isEqualTo(filedAt.plus(Duration.ofHours(2)));
            assertThat(Instant.parse((String) filed.get("resolveDue")))
                    .isEqualTo(dueTimes.dueAt(filedAt, Duration.ofDays(3), ClockKind.WORKING_DAYS))
                    .isBefore(dueTimes.dueAt(filedAt, Duration.ofDays(7), ClockKind.WORKING_DAYS));
            Complaint older = complaints.find(AGENT_CALLER, filedBefore);
            assertThat(older.acknowledgeDue()).isEqualTo(older.filedAt().plus(Duration.ofHours(24)));
            assertThat(older.policyVersion()).isEqualTo(previous.version());

            advance("PT3H");
            String id = (String) filed.get("complaintId");
            Complaint escalated = Waiting.until(() -> complaints.find(AGENT_CALLER, id), Complaint::escalated);
            assertThat(escalated.breaches()).containsExactly("ACKNOWLEDGE");
            assertThat(complaints.find(AGENT_CALLER, filedBefore).escalated()).isFalse();
            mvc.perform(get("/api/v1/complaints").param("escalated", "true").with(senior)).andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.complaintId == '" + id + "')].allowedActions[1]").value("resolve"));
        } finally {
            policies.publish(policies.defaultProfile(), serviceChange(previous.rules().service()), "complaints-test");
        }
    }

    private static PolicyChange serviceChange(ServiceRules service) {
        return PolicyChange.urgent(service);
    }

    private record Party(String buyerId, RequestPostProcessor as, String caseId) {
    }

    private Party caseOfNewBuyer() throws Exception {
        PayoutCalls calls = new PayoutCalls(mvc);
        String buyerId = "buyer-" + UUID.randomUUID();
        RequestPostProcessor buyer = Callers.buyer(buyerId);
        String orderId = calls.twoInstrumentOrder(buyerId);
        return new Party(buyerId, buyer, (String) calls.apply(buyer, orderId, 1, null).get("caseId"));
    }

    private ResultActions file(RequestPostProcessor as, String caseId, String against, String category) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("caseId", caseId);
        body.put("against", against);
        body.put("category", category);
        body.put("message", "nobody answered for days");
        body.put("evidenceIds", List.of());
        return mvc.perform(post("/api/v1/complaints").with(as).contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(body)));
    }

    private ResultActions act(RequestPostProcessor as, String id, String action, Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/v1/complaints/" + id + "/" + action).with(as).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(body)));
    }

    private void advance(String duration) throws Exception {
        mvc.perform(post("/api/v1/admin/clock/advance").with(Callers.staff(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"duration\": \"" + duration + "\"}")).andExpect(status().isOk());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(ResultActions result) throws Exception {
        return JsonMapper.shared().readValue(result.andReturn().getResponse().getContentAsString(), Map.class);
    }
}
