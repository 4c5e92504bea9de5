package io.redress.orders.web;

import static io.redress.orders.Callers.buyer;
import static io.redress.orders.Callers.marketplace;
import static io.redress.orders.Callers.seller;
import static io.redress.orders.Callers.staff;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.identity.Role;
import io.redress.orders.OrderJson;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@RedressIntegrationTest
class OrderApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    ResultActions submit(Map<String, Object> order) throws Exception {
        return mvc.perform(post("/api/v1/orders").with(marketplace()).with(csrf())
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

    @Test
    void theSameBodyAgainAnswersTheStoredOrderWithoutWriting() throws Exception {
        String id = OrderJson.freshId();
        submit(OrderJson.example(id)).andExpect(status().isCreated());
        submit(OrderJson.example(id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orderId").value(id))
                .andExpect(jsonPath("$.lines[0].paidAmount").value(18800));
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
}
