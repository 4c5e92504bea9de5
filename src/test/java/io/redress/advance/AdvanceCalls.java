package io.redress.advance;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.orders.Callers;
import io.redress.orders.OrderJson;
import io.redress.policy.InstantRefundPolicy;
import io.redress.policy.Policies;
import io.redress.policy.PolicyChange;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Instant refunds through the API: a fresh buyer per test (so its quota starts unused), orders of the T-shirt example
 * for it at shop-1, the default policy with instant refunds turned on while a test runs.
 */
final class AdvanceCalls {

    static final RequestPostProcessor SELLER = Callers.seller("shop-1");
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

    private final MockMvc mvc;
    private final Clock clock;
    final String buyerId = "buyer-adv-" + UUID.randomUUID().toString().substring(0, 8);
    final RequestPostProcessor buyer = Callers.buyer(buyerId);

    AdvanceCalls(MockMvc mvc, Clock clock) {
        this.mvc = mvc;
        this.clock = clock;
    }

    /** Publishes an urgent version of the default profile with these instant-refund terms; answers the ones before. */
    static InstantRefundPolicy terms(Policies policies, InstantRefundPolicy terms) {
        InstantRefundPolicy before = policies.inForce(policies.defaultProfile(), java.time.Instant.now(Clock.systemUTC()))
                .rules().instantRefund();
        policies.publish(policies.defaultProfile(), PolicyChange.urgent(terms), "instant-refund-test");
        return before;
    }

    /** A fresh unshipped order of this buyer: 2 × 9900 on L1 less a 1000 shop coupon, paid 19600 from the balance. */
    String order() throws Exception {
        return OrderJson.push(mvc, buyerId, "shop-1", "2026-11-20T10:00:00+08:00");
    }

    String deliveredOrder() throws Exception {
        String id = order();
        fulfil(id, "SHIPPED");
        fulfil(id, "SIGNED");
        return id;
    }

    private void fulfil(String orderId, String event) throws Exception {
        mvc.perform(post("/api/v1/orders/" + orderId + "/fulfilment").with(Callers.marketplace())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(OrderJson.write(Map.of("event", event, "lineIds", List.of("L1"),
                                "at", OffsetDateTime.now(clock).minusMinutes(event.equals("SHIPPED") ? 2 : 1).toString(),
                                "carrier", "SF", "trackingNo", "SF" + orderId))))
                .andExpect(status().isOk());
    }

    /** A delivered order's return, agreed by the seller; the buyer's tracking number has the platform pay at once. */
    Object advancedReturn() throws Exception {
        Map<String, Object> opened = opened(deliveredOrder(), "RETURN_AND_REFUND", "QUALITY");
        Object caseId = opened.get("caseId");
        org.assertj.core.api.Assertions.assertThat(opened).containsEntry("status", "REQUESTED").containsEntry("advanceStatus", "NONE");
        done(AdvanceCalls.SELLER, caseId, "agree", Map.of("returnAddress", "1 Warehouse Road, Hangzhou"));
        Map<String, Object> shipped = done(buyer, caseId, "ship-return", Map.of("carrier", "SF",
                "trackingNo", "SF-R-" + caseId));
        org.assertj.core.api.Assertions.assertThat(shipped).containsEntry("status", "REFUNDING").containsEntry("advanceStatus", "ADVANCED")
                .containsEntry("advanceKind", "RETURN_ADVANCE");
        io.redress.Waiting.until(() -> read(caseId), c -> "REFUNDED".equals(c.get("status")));
        return caseId;
    }


    /**
     * An advanced return the seller refused on receipt and a ruling for the seller found the buyer at fault on: the
     * advance is RECOVERING. Answers the case id.
     */
    Object recovering() throws Exception {
        Object caseId = advancedReturn();
        String photo = evidence(SELLER, caseId);
        done(SELLER, caseId, "refuse-receipt", Map.of("reasonCode", "EMPTY_PARCEL", "message",
                "the parcel came back empty", "evidenceIds", List.of(photo)));
        dispute(io.redress.intervention.DisputeCalls.agent("agent-adv"), caseId, "accept", Map.of());
        dispute(buyer, caseId, "submit-evidence", Map.of("statement", "I sent the shirt",
                "evidenceIds", List.of(evidence(buyer, caseId))));
        dispute(SELLER, caseId, "submit-evidence", Map.of("statement", "empty parcel", "evidenceIds", List.of(photo)));
        dispute(io.redress.intervention.DisputeCalls.agent("agent-adv"), caseId, "rule", Map.of("outcome", "FOR_SELLER",
                "faultParty", "BUYER", "reasons", "the weighed parcel was empty", "evidenceIds", List.of(photo)));
        return caseId;
    }

    /** The buyer's receivable the advance on the case became, once the ruling's event was delivered. */
    String advanceReceivable(Object caseId) throws Exception {
        return io.redress.Waiting.until(() -> receivables().stream().filter(r -> caseId.equals(r.get("caseId")))
                .findFirst(), java.util.Optional::isPresent).orElseThrow().get("receivableId").toString();
    }

    /** The buyer's receivables as the API lists them. */
    List<Map<String, Object>> receivables() {
        try {
            return JsonMapper.shared().readValue(mvc.perform(get("/api/v1/receivables").with(buyer))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), List.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    ResultActions receivable(RequestPostProcessor as, String receivableId, String action, Map<String, Object> body)
            throws Exception {
        return mvc.perform(post("/api/v1/receivables/" + receivableId + "/" + action).with(as)
                .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(body)));
    }

    ResultActions apply(String orderId, String type, String reason) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", orderId);
        body.put("type", type);
        body.put("reason", reason);
        body.put("lines", List.of(Map.of("lineId", "L1", "quantity", 1)));
        return mvc.perform(post("/api/v1/cases").with(buyer).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(body)));
    }

    Map<String, Object> opened(String orderId, String type, String reason) throws Exception {
        return json(apply(orderId, type, reason).andExpect(status().isCreated()));
    }

    ResultActions act(RequestPostProcessor as, Object caseId, String action, Map<String, Object> fields)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.putIfAbsent("version", read(caseId).get("version"));
        return mvc.perform(post("/api/v1/cases/" + caseId + "/" + action).with(as)
                .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(body)));
    }

    Map<String, Object> done(RequestPostProcessor as, Object caseId, String action, Map<String, Object> fields)
            throws Exception {
        return json(act(as, caseId, action, fields).andExpect(status().isOk()));
    }

    Map<String, Object> dispute(RequestPostProcessor as, Object caseId, String action, Map<String, Object> fields)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.putIfAbsent("version", read(caseId).get("version"));
        return json(mvc.perform(post("/api/v1/interventions/" + caseId + "/" + action).with(as)
                .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(body))).andExpect(status().isOk()));
    }

    String evidence(RequestPostProcessor as, Object caseId) throws Exception {
        return json(mvc.perform(multipart("/api/v1/cases/" + caseId + "/evidence")
                        .file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", JPEG))
                        .param("kind", "PHOTO").param("note", "as received").with(as))
                .andExpect(status().isCreated())).get("evidenceId").toString();
    }

    Map<String, Object> read(Object caseId) {
        return read(buyer, caseId);
    }

    Map<String, Object> read(RequestPostProcessor as, Object caseId) {
        try {
            return json(mvc.perform(get("/api/v1/cases/" + caseId).with(as)).andExpect(status().isOk()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    List<Map<String, Object>> refunds(Object caseId) throws Exception {
        return JsonMapper.shared().readValue(mvc.perform(get("/api/v1/cases/" + caseId + "/refunds").with(buyer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), List.class);
    }

    List<Map<String, Object>> timeline(Object caseId) throws Exception {
        return JsonMapper.shared().readValue(mvc.perform(get("/api/v1/cases/" + caseId + "/timeline").with(buyer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), List.class);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(ResultActions result) throws Exception {
        return JsonMapper.shared().readValue(result.andReturn().getResponse().getContentAsString(), Map.class);
    }
}
