package io.redress.orders;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Order bodies for API tests: the T-shirt example order (DEMO-1001) under a fresh id, as mutable maps to spoil field by field. */
public final class OrderJson {

    private static final JsonMapper JSON = JsonMapper.shared();

    private OrderJson() {
    }

    public static String freshId() {
        return "T-" + UUID.randomUUID();
    }

    /** The T-shirt example order: 2 × T-shirt 9900, shop coupon 1000 from 15000, shipping 800, paid 19600. */
    public static Map<String, Object> example(String orderId) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("orderId", orderId);
        order.put("buyerId", "buyer-1");
        order.put("shopId", "shop-1");
        order.put("currency", "CNY");
        order.put("placedAt", "2026-11-20T10:00:00+08:00");
        order.put("paidAt", "2026-11-20T10:01:00+08:00");
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("lineId", "L1");
        line.put("sku", "TEE-RED-M");
        line.put("title", "T-shirt");
        line.put("category", "apparel");
        line.put("quantity", 2);
        line.put("unitPrice", 9900);
        line.put("virtual", false);
        line.put("noReasonReturn", "SUPPORTED");
        order.put("lines", new ArrayList<>(List.of(line)));
        Map<String, Object> discount = new LinkedHashMap<>();
        discount.put("discountId", "D1");
        discount.put("kind", "SHOP_COUPON");
        discount.put("amount", 1000);
        discount.put("fundedBy", "SELLER");
        discount.put("appliesTo", new ArrayList<>(List.of("L1")));
        discount.put("threshold", 15000);
        order.put("discounts", new ArrayList<>(List.of(discount)));
        order.put("shippingFee", 800);
        order.put("freeShipping", false);
        Map<String, Object> payment = new LinkedHashMap<>();
        payment.put("paymentId", "P1");
        payment.put("method", "ALIPAY_BALANCE");
        payment.put("amount", 19600);
        payment.put("pspReference", "2026112022001");
        order.put("payments", new ArrayList<>(List.of(payment)));
        return order;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> line(Map<String, Object> order, int index) {
        return ((List<Map<String, Object>>) order.get("lines")).get(index);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> discount(Map<String, Object> order, int index) {
        return ((List<Map<String, Object>>) order.get("discounts")).get(index);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> payment(Map<String, Object> order, int index) {
        return ((List<Map<String, Object>>) order.get("payments")).get(index);
    }

    /** Pushes the example order under a fresh id as the marketplace and answers its id. */
    public static String pushExample(MockMvc mvc) throws Exception {
        String id = freshId();
        mvc.perform(post("/api/v1/orders").with(Callers.marketplace())
                        .contentType(MediaType.APPLICATION_JSON).content(write(example(id))))
                .andExpect(status().isCreated());
        return id;
    }

    /** Pushes the example order under a fresh id for this buyer and shop, placed and paid at {@code placedAt}. */
    public static String push(MockMvc mvc, String buyerId, String shopId, String placedAt) throws Exception {
        String id = freshId();
        Map<String, Object> order = example(id);
        order.put("buyerId", buyerId);
        order.put("shopId", shopId);
        order.put("placedAt", placedAt);
        order.put("paidAt", placedAt);
        mvc.perform(post("/api/v1/orders").with(Callers.marketplace())
                        .contentType(MediaType.APPLICATION_JSON).content(write(order)))
                .andExpect(status().isCreated());
        return id;
    }

    public static String write(Object body) {
        return JSON.writeValueAsString(body);
    }
}
