package io.redress.aftersale.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.orders.Callers;
import io.redress.orders.OrderJson;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** Calls of the Cases API as buyer-1 and shop-1 on fresh copies of the T-shirt example order (DEMO-1001). */
final class CaseCalls {

    static final RequestPostProcessor BUYER = Callers.buyer("buyer-1");
    static final RequestPostProcessor SELLER = Callers.seller("shop-1");

    private final MockMvc mvc;
    private final Clock clock;

    CaseCalls(MockMvc mvc, Clock clock) {
        this.mvc = mvc;
        this.clock = clock;
    }

    /** A fresh unshipped order: 2 × 9900 on L1, paid 19600 with P1, shipping 800. */
    String order() throws Exception {
        return OrderJson.pushExample(mvc);
    }

    /** A fresh order whose goods have arrived. */
    String deliveredOrder() throws Exception {
        String id = order();
        fulfil(id, "SHIPPED");
        fulfil(id, "SIGNED");
        return id;
    }

    void fulfil(String orderId, String event) throws Exception {
        mvc.perform(post("/api/v1/orders/" + orderId + "/fulfilment").with(Callers.marketplace())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(OrderJson.write(Map.of("event", event, "lineIds", List.of("L1"),
                                "at", OffsetDateTime.now(clock).minusMinutes(event.equals("SHIPPED") ? 2 : 1).toString(),
                                "carrier", "SF", "trackingNo", "SF" + orderId))))
                .andExpect(status().isOk());
    }

    ResultActions apply(String orderId, String type, String reason, Long amount) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", orderId);
        body.put("type", type);
        body.put("reason", reason);
        body.put("lines", List.of(Map.of("lineId", "L1", "quantity", 1)));
        if (amount != null) {
            body.put("requestedAmount", amount);
        }
        body.put("description", "the seam came apart");
        return mvc.perform(post("/api/v1/cases").with(BUYER).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(body)));
    }

    /** Opens a case and answers it as JSON. */
    Map<String, Object> opened(String orderId, String type, String reason, Long amount) throws Exception {
        return json(apply(orderId, type, reason, amount).andExpect(status().isCreated()));
    }

    ResultActions act(RequestPostProcessor as, Object caseId, String action, Map<String, Object> body)
            throws Exception {
        return mvc.perform(post("/api/v1/cases/" + caseId + "/" + action).with(as)
                .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(body)));
    }

    /** Applies the action at the case's current version, expecting success; answers the case after it. */
    Map<String, Object> done(RequestPostProcessor as, Object caseId, String action, Map<String, Object> fields)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.put("version", read(caseId).get("version"));
        return json(act(as, caseId, action, body).andExpect(status().isOk()));
    }

    /** Uploads a small JPEG of the given kind as the caller. */
    ResultActions upload(RequestPostProcessor as, Object caseId, String kind, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/cases/" + caseId + "/evidence")
                .file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", content))
                .param("kind", kind).param("note", "as received").with(as));
    }

    /** The id of a photo the caller uploaded on the case, to cite in evidenceIds. */
    String evidence(RequestPostProcessor as, Object caseId) throws Exception {
        return json(upload(as, caseId, "PHOTO", JPEG).andExpect(status().isCreated())).get("evidenceId").toString();
    }

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

    Map<String, Object> read(Object caseId) throws Exception {
        return json(mvc.perform(get("/api/v1/cases/" + caseId).with(BUYER)).andExpect(status().isOk()));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(ResultActions result) throws Exception {
        return JsonMapper.shared().readValue(result.andReturn().getResponse().getContentAsString(), Map.class);
    }
}
