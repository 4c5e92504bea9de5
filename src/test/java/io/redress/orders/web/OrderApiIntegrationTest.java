package io.redress.orders.web;

import static io.redress.orders.Callers.buyer;
import static io.redress.orders.Callers.marketplace;
import static io.redress.orders.Callers.seller;
import static io.redress.orders.Callers.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.identity.DemoAccount;
import io.redress.identity.Role;
import io.redress.orders.OrderJson;
import io.redress.orders.OrderReceived;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@RedressIntegrationTest
@RecordApplicationEvents
class OrderApiIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEvents events;

    ResultActions submit(Map<String, Object> order) throws Exception {
        return mvc.perform(post("/api/v1/orders").with(marketplace())
                .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(order)));
    }

    @Test
    void createsTheApiExampleWithItsFrozenDiscountShare() throws Exception {
        String id = OrderJson.freshId();
        submit(OrderJson.example(id))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/v1/orders/" + id)))
                .andExpect(jsonPath("$.currency").value("CNY"))
                .andExpect(jsonPath("$.lines[0].amount").value(19800))
                .andExpect(jsonPath("$.lines[0].paidAmount").value(18800))
                .andExpect(jsonPath("$.lines[0].discountShares[0].discountId").value("D1"))
                .andExpect(jsonPath("$.lines[0].discountShares[0].amount").value(1000))
                .andExpect(jsonPath("$.lines[0].discountShares[0].fundedBy").value("SELLER"))
                .andExpect(jsonPath("$.paidAmount").value(19600))
                .andExpect(jsonPath("$.placedAt").value("2026-11-20T10:00:00+08:00"));
        mvc.perform(get("/api/v1/orders/" + id).with(marketplace()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].refunds.refundedAmount").value(0))
                .andExpect(jsonPath("$.payments[0].amount").value(19600));
    }

    /**
     * The push answers from what it wrote, without reading the order back: the answer is the order as it is read
     * afterwards, for an order with two lines, two discounts given out of applying order (a platform coupon on one
     * line before a shop coupon on both), two payments and times finer than the database keeps.
     */
    @Test
    @SuppressWarnings("unchecked")
    void thePushAnswersTheOrderAsItIsReadBack() throws Exception {
        String id = OrderJson.freshId();
        Map<String, Object> order = OrderJson.example(id);
        order.put("placedAt", "2026-11-20T10:00:00.123456789+08:00");
        order.put("paidAt", "2026-11-20T10:01:00.987654321+08:00");
        Map<String, Object> second = new java.util.LinkedHashMap<>(OrderJson.line(order, 0));
        second.put("lineId", "L2");
        second.put("sku", "CAP-1");
        second.put("quantity", 1);
        second.put("unitPrice", 5000);
        second.put("noReasonReturn", "EXCLUDED_CONFIRMED_BY_BUYER");
        second.put("noReasonReturnConfirmedAt", "2026-11-20T02:00:30.000000500Z");
        ((java.util.List<Object>) order.get("lines")).add(second);
        Map<String, Object> platform = new java.util.LinkedHashMap<>();
        platform.put("discountId", "D0");
        platform.put("kind", "PLATFORM_COUPON");
        platform.put("amount", 300);
        platform.put("fundedBy", "PLATFORM");
        platform.put("appliesTo", new java.util.ArrayList<>(java.util.List.of("L2")));
        ((java.util.List<Object>) order.get("discounts")).add(0, platform);
        OrderJson.discount(order, 1).put("appliesTo", new java.util.ArrayList<>(java.util.List.of("L2", "L1")));
        OrderJson.payment(order, 0).put("amount", 20000);
        Map<String, Object> rest = new java.util.LinkedHashMap<>(OrderJson.payment(order, 0));
        rest.put("paymentId", "P2");
        rest.put("method", "WECHAT_BALANCE");
        rest.put("amount", 19600 + 5000 - 300 - 20000);
        ((java.util.List<Object>) order.get("payments")).add(rest);

        String answered = submit(order).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String read = mvc.perform(get("/api/v1/orders/" + id).with(marketplace())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(tools.jackson.databind.json.JsonMapper.shared().readTree(answered))
                .isEqualTo(tools.jackson.databind.json.JsonMapper.shared().readTree(read));
        assertThat(answered).contains("\"discountShares\"");
    }

    @Test
    void theSameBodyAgainAnswersTheStoredOrderWithoutWriting() throws Exception {
        String id = OrderJson.freshId();
        submit(OrderJson.example(id)).andExpect(status().isCreated());
        submit(OrderJson.example(id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orderId").value(id))
                .andExpect(jsonPath("$.lines[0].paidAmount").value(18800));
        assertThat(events.stream(OrderReceived.class).map(OrderReceived::orderId)).containsOnlyOnce(id);
    }

    @Test
    void sameInstantWrittenInAnotherOffsetIsTheSameOrder() throws Exception {
        String id = OrderJson.freshId();
        submit(OrderJson.example(id)).andExpect(status().isCreated());
        Map<String, Object> again = OrderJson.example(id);
        again.put("placedAt", "2026-11-20T02:00:00Z");
        submit(again).andExpect(status().isOk());
    }

    @Test
    void aDifferentBodyForAKnownOrderIdIsAConflict() throws Exception {
        String id = OrderJson.freshId();
        submit(OrderJson.example(id)).andExpect(status().isCreated());
        Map<String, Object> changed = OrderJson.example(id);
        changed.put("buyerId", "buyer-2");
        submit(changed)
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", "application/problem+json"));
        mvc.perform(get("/api/v1/orders/" + id).with(marketplace()))
                .andExpect(jsonPath("$.buyerId").value("buyer-1"));
    }

    @Test
    void theOrdersBuyerItsShopAndStaffSeeIt() throws Exception {
        String id = OrderJson.freshId();
        submit(OrderJson.example(id)).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/orders/" + id).with(buyer("buyer-1"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/orders/" + id).with(seller("shop-1"))).andExpect(status().isOk());
        for (Role role : new Role[] {Role.AGENT, Role.SENIOR_AGENT, Role.AUDITOR, Role.ADMIN}) {
            mvc.perform(get("/api/v1/orders/" + id).with(staff(role))).andExpect(status().isOk());
        }
    }

    @Test
    void anotherBuyerOrAnotherShopGets404AsIfTheOrderDidNotExist() throws Exception {
        String id = OrderJson.freshId();
        submit(OrderJson.example(id)).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/orders/" + id).with(buyer("buyer-2")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/orders/" + id).with(seller("shop-2"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/orders/" + OrderJson.freshId()).with(marketplace())).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheMarketplaceMayPushOrders() throws Exception {
        String body = OrderJson.write(OrderJson.example(OrderJson.freshId()));
        mvc.perform(post("/api/v1/orders").with(buyer("buyer-1")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/orders").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theDemoServiceKeyPushesAnOrder() throws Exception {
        String id = OrderJson.freshId();
        mvc.perform(post("/api/v1/orders").header("Authorization", "Bearer " + DemoAccount.SERVICE_KEY)
                        .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(OrderJson.example(id))))
                .andExpect(status().isCreated());
    }

    @Test
    void aBuyerConfirmedExclusionIsKeptWithItsConfirmationTime() throws Exception {
        String id = OrderJson.freshId();
        Map<String, Object> order = OrderJson.example(id);
        OrderJson.line(order, 0).put("noReasonReturn", "EXCLUDED_CONFIRMED_BY_BUYER");
        OrderJson.line(order, 0).put("noReasonReturnConfirmedAt", "2026-11-20T10:00:30+08:00");
        submit(order).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/orders/" + id).with(buyer("buyer-1")))
                .andExpect(jsonPath("$.lines[0].noReasonReturn").value("EXCLUDED_CONFIRMED_BY_BUYER"))
                .andExpect(jsonPath("$.lines[0].noReasonReturnConfirmedAt").value("2026-11-20T10:00:30+08:00"));
    }
}
