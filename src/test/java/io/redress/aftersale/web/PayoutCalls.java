package io.redress.aftersale.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.orders.Callers;
import io.redress.orders.OrderJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** Orders of one buyer and refund-only cases on them, through the API, for payout tests. */
public record PayoutCalls(MockMvc mvc) {

    /** The T-shirt example order (unshipped, shop-1) for {@code buyerId}: paid 12000 from the balance and 7600 with Huabei. */
    public String twoInstrumentOrder(String buyerId) throws Exception {
        String id = OrderJson.freshId();
        Map<String, Object> order = OrderJson.example(id);
        order.put("buyerId", buyerId);
        Map<String, Object> balance = new LinkedHashMap<>(OrderJson.payment(order, 0));
        balance.put("amount", 12000);
        Map<String, Object> huabei = new LinkedHashMap<>(balance);
        huabei.put("paymentId", "P2");
        huabei.put("method", "ALIPAY_HUABEI");
        huabei.put("amount", 7600);
        huabei.put("pspReference", "2026112022002");
        order.put("payments", new ArrayList<>(List.of(balance, huabei)));
        mvc.perform(post("/api/v1/orders").with(Callers.marketplace()).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(order))).andExpect(status().isCreated());
        return id;
    }

    /** The buyer asks for a refund of {@code quantity} units of L1 (the whole quote when {@code amount} is null). */
    public Map<String, Object> apply(RequestPostProcessor buyer, String orderId, int quantity, Long amount) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", orderId);
        body.put("type", "REFUND_ONLY");
        body.put("reason", "NOT_RECEIVED");
        body.put("lines", List.of(Map.of("lineId", "L1", "quantity", quantity)));
        if (amount != null) {
            body.put("requestedAmount", amount);
        }
        return CaseCalls.json(mvc.perform(post("/api/v1/cases").with(buyer).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(body))).andExpect(status().isCreated()));
    }

    /** shop-1 agrees to the case at version 1; the case enters REFUNDING. */
    public ResultActions agree(Object caseId) throws Exception {
        return mvc.perform(post("/api/v1/cases/" + caseId + "/agree").with(Callers.seller("shop-1"))
                        .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(Map.of("version", 1))))
                .andExpect(status().isOk());
    }

    public Map<String, Object> read(RequestPostProcessor as, Object caseId) {
        try {
            return CaseCalls.json(mvc.perform(get("/api/v1/cases/" + caseId).with(as)).andExpect(status().isOk()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public List<Map<String, Object>> list(RequestPostProcessor as, String path) throws Exception {
        return json(mvc.perform(get(path).with(as)).andExpect(status().isOk()));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> json(ResultActions result) throws Exception {
        return JsonMapper.shared().readValue(result.andReturn().getResponse().getContentAsString(), List.class);
    }
}
