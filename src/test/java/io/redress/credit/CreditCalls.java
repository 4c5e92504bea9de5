package io.redress.credit;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.identity.Role;
import io.redress.orders.Callers;
import io.redress.orders.OrderJson;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** Credit through the API: disputes ruled against a buyer, standings, penalties and their actions. */
final class CreditCalls {

    private final MockMvc mvc;
    private final Clock clock;

    CreditCalls(MockMvc mvc, Clock clock) {
        this.mvc = mvc;
        this.clock = clock;
    }

    /**
     * A delivered order of {@code buyerId} in {@code shopId}, a refund-only claim for {@code reason}, the seller's
     * refusal, the escalation, both parties' evidence and {@code agent}'s ruling for the seller with the buyer at
     * fault. Answers the case id.
     */
    String buyerFaultRuling(String buyerId, String shopId, String reason, String agent) throws Exception {
        RequestPostProcessor buyer = Callers.buyer(buyerId);
        RequestPostProcessor seller = Callers.seller(shopId);
        String orderId = OrderJson.push(mvc, buyerId, shopId, OffsetDateTime.now(clock).minusDays(3).toString());
        fulfil(orderId, "SHIPPED", 2);
        fulfil(orderId, "SIGNED", 1);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", orderId);
        body.put("type", "REFUND_ONLY");
        body.put("reason", reason);
        body.put("lines", List.of(Map.of("lineId", "L1", "quantity", 1)));
        body.put("description", "the parcel came empty");
        String caseId = json(mvc.perform(post("/api/v1/cases").with(buyer).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(body))).andExpect(status().isCreated())).get("caseId").toString();
        String photo = evidence(seller, caseId);
        caseAction(seller, caseId, "refuse", Map.of("reasonCode", "USED", "message", "weighed 1.2 kg at the depot",
                "evidenceIds", List.of(photo)));
        caseAction(buyer, caseId, "escalate", Map.of("message", "nothing inside"));
        dispute(agentCaller(agent), caseId, "accept", Map.of());
        String buyerPhoto = evidence(buyer, caseId);
        dispute(buyer, caseId, "submit-evidence", Map.of("statement", "empty box", "evidenceIds", List.of(buyerPhoto)));
        dispute(seller, caseId, "submit-evidence", Map.of("statement", "the depot weighed it full"));
        dispute(agentCaller(agent), caseId, "rule", Map.of("outcome", "FOR_SELLER", "faultParty", "BUYER",
                "reasons", "the carrier weighed the parcel full at the depot", "evidenceIds", List.of(photo)));
        return caseId;
    }

    static RequestPostProcessor agentCaller(String name) {
        return io.redress.intervention.DisputeCalls.agent(name);
    }

    ResultActions standing(RequestPostProcessor as, String type, String id) throws Exception {
        return mvc.perform(get("/api/v1/parties/" + type + "/" + id + "/standing").with(as));
    }

    ResultActions issue(RequestPostProcessor as, Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/v1/penalties").with(as).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(body)));
    }

    ResultActions act(RequestPostProcessor as, String penaltyId, String action, Map<String, Object> body)
            throws Exception {
        return mvc.perform(post("/api/v1/penalties/" + penaltyId + "/" + action).with(as)
                .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(body)));
    }

    ResultActions signal(RequestPostProcessor as, String type, String id, Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/v1/parties/" + type + "/" + id + "/signals").with(as)
                .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(body)));
    }

    String evidence(RequestPostProcessor as, String caseId) throws Exception {
        return new io.redress.intervention.DisputeCalls(mvc, clock).evidence(as, caseId);
    }

    /** Reports the carrier event {@code event} of the order's line L1, {@code minutesAgo} minutes ago. */
    void fulfil(String orderId, String event, int minutesAgo) throws Exception {
        mvc.perform(post("/api/v1/orders/" + orderId + "/fulfilment").with(Callers.marketplace())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(OrderJson.write(Map.of("event", event, "lineIds", List.of("L1"),
                                "at", OffsetDateTime.now(clock).minusMinutes(minutesAgo).toString(),
                                "carrier", "SF", "trackingNo", "SF" + orderId))))
                .andExpect(status().isOk());
    }

    private void caseAction(RequestPostProcessor as, String caseId, String action, Map<String, Object> fields)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.put("version", version(caseId));
        mvc.perform(post("/api/v1/cases/" + caseId + "/" + action).with(as).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(body))).andExpect(status().isOk());
    }

    private void dispute(RequestPostProcessor as, String caseId, String action, Map<String, Object> fields)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.put("version", version(caseId));
        mvc.perform(post("/api/v1/interventions/" + caseId + "/" + action).with(as)
                .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(body))).andExpect(status().isOk());
    }

    private long version(String caseId) throws Exception {
        return ((Number) json(mvc.perform(get("/api/v1/cases/" + caseId).with(Callers.staff(Role.AGENT)))
                .andExpect(status().isOk())).get("version")).longValue();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(ResultActions result) throws Exception {
        return JsonMapper.shared().readValue(result.andReturn().getResponse().getContentAsString(), Map.class);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(ResultActions result) throws Exception {
        return JsonMapper.shared().readValue(result.andReturn().getResponse().getContentAsString(), List.class);
    }
}
