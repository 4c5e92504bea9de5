package io.redress.intervention;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.orders.OrderJson;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** A dispute played through the API: buyer-1 against shop-1, before agents named per test. */
public final class DisputeCalls {

    public static final RequestPostProcessor BUYER = as("buyer-1", Role.BUYER, "buyer-1", null);
    public static final RequestPostProcessor SELLER = as("staff-shop-1", Role.SELLER, null, "shop-1");
    static final RequestPostProcessor ADMIN = as("admin", Role.ADMIN, null, null);
    public static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

    private final MockMvc mvc;
    private final Clock clock;
    /** The photo the seller refused the last case with (uploaded before any ruling). */
    public String refusalPhoto;

    public DisputeCalls(MockMvc mvc, Clock clock) {
        this.mvc = mvc;
        this.clock = clock;
    }

    public static RequestPostProcessor agent(String name) {
        return as(name, Role.AGENT, null, null);
    }

    public static RequestPostProcessor senior(String name) {
        return as(name, Role.SENIOR_AGENT, null, null);
    }

    static RequestPostProcessor as(String name, Role role, String buyerId, String shopId) {
        return authentication(new TestingAuthenticationToken(new Caller(name, Set.of(role), buyerId, shopId), null,
                role.authority()));
    }

    /** A delivered order, a refund-only request for quality, the seller's refusal with a photo, the escalation. */
    public String escalatedCase() throws Exception {
        String caseId = refusedCase();
        caseAction(BUYER, caseId, "escalate", Map.of("message", "the seam came apart on the first wash"));
        return caseId;
    }

    public String refusedCase() throws Exception {
        String caseId = requestedCase();
        String photo = evidence(SELLER, caseId);
        refusalPhoto = photo;
        caseAction(SELLER, caseId, "refuse", Map.of("reasonCode", "USED", "message", "worn and washed",
                "evidenceIds", List.of(photo)));
        return caseId;
    }

    /** A delivered order and a refund-only request for quality, awaiting the seller's answer. */
    public String requestedCase() throws Exception {
        String orderId = OrderJson.pushExample(mvc);
        fulfil(orderId, "SHIPPED");
        fulfil(orderId, "SIGNED");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", orderId);
        body.put("type", "REFUND_ONLY");
        body.put("reason", "QUALITY");
        body.put("lines", List.of(Map.of("lineId", "L1", "quantity", 1)));
        body.put("description", "the seam came apart");
        return json(mvc.perform(post("/api/v1/cases").with(BUYER).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(body))).andExpect(status().isCreated())).get("caseId").toString();
    }

    void fulfil(String orderId, String event) throws Exception {
        mvc.perform(post("/api/v1/orders/" + orderId + "/fulfilment").with(as("mkt", Role.MARKETPLACE, null, null))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(OrderJson.write(Map.of("event", event, "lineIds", List.of("L1"),
                                "at", OffsetDateTime.now(clock).minusMinutes(event.equals("SHIPPED") ? 2 : 1).toString(),
                                "carrier", "SF", "trackingNo", "SF" + orderId))))
                .andExpect(status().isOk());
    }

    public Map<String, Object> caseAction(RequestPostProcessor as, String caseId, String action, Map<String, Object> fields)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.put("version", version(caseId));
        return json(mvc.perform(post("/api/v1/cases/" + caseId + "/" + action).with(as)
                .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(body))).andExpect(status().isOk()));
    }

    ResultActions act(RequestPostProcessor as, String caseId, String action, Map<String, Object> fields)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.putIfAbsent("version", version(caseId));
        return mvc.perform(post("/api/v1/interventions/" + caseId + "/" + action).with(as)
                .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(body)));
    }

    public Map<String, Object> done(RequestPostProcessor as, String caseId, String action, Map<String, Object> fields)
            throws Exception {
        return json(act(as, caseId, action, fields).andExpect(status().isOk()));
    }

    public Map<String, Object> dispute(RequestPostProcessor as, String caseId) throws Exception {
        return json(mvc.perform(get("/api/v1/interventions/" + caseId).with(as)).andExpect(status().isOk()));
    }

    Map<String, Object> readCase(String caseId) throws Exception {
        return json(mvc.perform(get("/api/v1/cases/" + caseId).with(BUYER)).andExpect(status().isOk()));
    }

    public long version(String caseId) throws Exception {
        return ((Number) readCase(caseId).get("version")).longValue();
    }

    public String evidence(RequestPostProcessor as, String caseId) throws Exception {
        return json(mvc.perform(multipart("/api/v1/cases/" + caseId + "/evidence")
                        .file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", JPEG))
                        .param("kind", "PHOTO").param("note", "as received").with(as))
                .andExpect(status().isCreated())).get("evidenceId").toString();
    }

    public void advance(String duration) throws Exception {
        mvc.perform(post("/api/v1/admin/clock/advance").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"duration\": \"" + duration + "\"}")).andExpect(status().isOk());
    }

    /** Both parties submit evidence: the dispute goes to FIRST_REVIEW. Answers the buyer's evidence id. */
    public String bothSubmit(String caseId) throws Exception {
        String buyerPhoto = evidence(BUYER, caseId);
        done(BUYER, caseId, "submit-evidence", Map.of("statement", "torn seam", "evidenceIds", List.of(buyerPhoto)));
        done(SELLER, caseId, "submit-evidence", Map.of("statement", "shipped intact"));
        return buyerPhoto;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(ResultActions result) throws Exception {
        return JsonMapper.shared().readValue(result.andReturn().getResponse().getContentAsString(), Map.class);
    }
}
