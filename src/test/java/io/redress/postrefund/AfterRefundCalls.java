package io.redress.postrefund;

import static io.redress.intervention.DisputeCalls.BUYER;
import static io.redress.intervention.DisputeCalls.SELLER;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.Waiting;
import io.redress.intervention.DisputeCalls;
import io.redress.orders.OrderJson;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** Refunded cases of buyer-1 and shop-1, by each way a refund comes about, and the calls after the refund. */
final class AfterRefundCalls {

    final MockMvc mvc;
    final DisputeCalls disputes;

    AfterRefundCalls(MockMvc mvc, Clock clock) {
        this.mvc = mvc;
        this.disputes = new DisputeCalls(mvc, clock);
    }

    /** The seller agreed to a refund-only request and it was paid. */
    String agreedRefund() throws Exception {
        String caseId = disputes.requestedCase();
        disputes.caseAction(SELLER, caseId, "agree", Map.of());
        refunded(caseId);
        return caseId;
    }

    /** The seller let T_SELLER_RECEIVED run out on a refund-only request: the refund was agreed by the timer. */
    String timedOutRefund() throws Exception {
        String caseId = disputes.requestedCase();
        disputes.advance("P5DT1H");
        refunded(caseId);
        return caseId;
    }

    /** {@code ruler} (an agent or a senior agent) ruled a refund for the buyer, and it was paid. */
    String ruledRefund(RequestPostProcessor ruler) throws Exception {
        String caseId = disputes.escalatedCase();
        disputes.done(ruler, caseId, "accept", Map.of());
        String buyerPhoto = disputes.bothSubmit(caseId);
        disputes.done(ruler, caseId, "rule", Map.of("outcome", "REFUND", "faultParty", "SELLER",
                "reasons", "the photo shows a torn seam", "evidenceIds", List.of(buyerPhoto)));
        refunded(caseId);
        return caseId;
    }

    Map<String, Object> refunded(String caseId) {
        return Waiting.until(() -> readCase(caseId), c -> "REFUNDED".equals(c.get("status")));
    }

    Map<String, Object> readCase(String caseId) {
        try {
            return json(mvc.perform(get("/api/v1/cases/" + caseId).with(BUYER)).andExpect(status().isOk()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Files a request and answers the raw result (to expect 201 or a problem). */
    ResultActions file(RequestPostProcessor as, String caseId, Map<String, Object> body, String language)
            throws Exception {
        var request = post("/api/v1/cases/" + caseId + "/post-refund-requests").with(as)
                .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(body));
        if (language != null) {
            request = request.header("Accept-Language", language);
        }
        return mvc.perform(request);
    }

    Map<String, Object> appeal(String caseId, String grounds) throws Exception {
        String photo = disputes.evidence(SELLER, caseId);
        return json(file(SELLER, caseId, Map.of("kind", "SELLER_APPEAL", "grounds", grounds,
                "message", "the returned parcel was empty", "evidenceIds", List.of(photo)), null)
                .andExpect(status().isCreated()));
    }

    ResultActions act(RequestPostProcessor as, String requestId, String action, Map<String, Object> fields)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.putIfAbsent("version", version(requestId));
        return mvc.perform(post("/api/v1/post-refund-requests/" + requestId + "/" + action).with(as)
                .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(body)));
    }

    Map<String, Object> done(RequestPostProcessor as, String requestId, String action, Map<String, Object> fields)
            throws Exception {
        return json(act(as, requestId, action, fields).andExpect(status().isOk()));
    }

    long version(String requestId) throws Exception {
        return ((Number) json(mvc.perform(get("/api/v1/post-refund-requests/" + requestId).with(BUYER))
                .andExpect(status().isOk())).get("version")).longValue();
    }

    ResultActions receivable(RequestPostProcessor as, String receivableId, String action, Map<String, Object> body)
            throws Exception {
        return mvc.perform(post("/api/v1/receivables/" + receivableId + "/" + action).with(as)
                .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(body)));
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
