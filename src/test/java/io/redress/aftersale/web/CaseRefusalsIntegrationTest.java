package io.redress.aftersale.web;

import static io.redress.aftersale.web.CaseCalls.BUYER;
import static io.redress.aftersale.web.CaseCalls.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.identity.Role;
import io.redress.orders.Callers;
import io.redress.orders.OrderJson;
import io.redress.orders.Orders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@RedressIntegrationTest
class CaseRefusalsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    Orders orders;

    CaseCalls calls;

    @BeforeEach
    void calls() {
        calls = new CaseCalls(mvc, clock);
    }

    @Test
    void aStaleVersionIs409WithTheCurrentCaseAndChangesNothing() throws Exception {
        Object caseId = calls.opened(calls.order(), "REFUND_ONLY", "NOT_RECEIVED", null).get("caseId");
        calls.done(BUYER, caseId, "revise", Map.of("description", "still nothing"));

        calls.act(SELLER, caseId, "agree", Map.of("version", 1))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.case.version").value(2))
                .andExpect(jsonPath("$.case.status").value("REQUESTED"))
                .andExpect(jsonPath("$.case.allowedActions", contains("agree", "propose")));
        assertThat(calls.read(caseId).get("version")).isEqualTo(2);
    }

    @Test
    void anActionNotAllowedNowIs409ListingTheAllowedActions() throws Exception {
        Object caseId = calls.opened(calls.order(), "REFUND_ONLY", "NOT_RECEIVED", null).get("caseId");

        calls.act(BUYER, caseId, "confirm-receipt", Map.of("version", 1))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.allowedActions", contains("revise", "cancel")));
        calls.act(SELLER, caseId, "cancel", Map.of("version", 1))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.allowedActions", contains("agree", "propose")));
    }

    @Test
    void aSellerDoesNotRefuseARefundOnlyRequestBeforeShipping() throws Exception {
        Object caseId = calls.opened(calls.order(), "REFUND_ONLY", "NOT_RECEIVED", null).get("caseId");

        calls.act(SELLER, caseId, "refuse", Map.of("version", 1, "reasonCode", "WILL_SHIP", "message", "ships today"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.allowedActions", contains("agree", "propose")));
        assertThat(calls.read(caseId).get("status")).isEqualTo("REQUESTED");
    }

    @Test
    void anotherBuyerSeesNeitherTheOrderNorTheCase() throws Exception {
        String orderId = calls.order();
        Object caseId = calls.opened(orderId, "REFUND_ONLY", "NOT_RECEIVED", null).get("caseId");
        var stranger = Callers.buyer("buyer-2");

        mvc.perform(get("/api/v1/cases/" + caseId).with(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + caseId + "/timeline").with(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + caseId).with(Callers.seller("shop-2"))).andExpect(status().isNotFound());
        calls.act(stranger, caseId, "cancel", Map.of("version", 1)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases?orderId=" + orderId).with(stranger))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/cases")
                        .with(stranger).contentType("application/json")
                        .content("{\"orderId\":\"" + orderId + "\",\"type\":\"REFUND_ONLY\",\"reason\":\"OTHER\","
                                + "\"lines\":[{\"lineId\":\"L1\",\"quantity\":1}]}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + caseId).with(Callers.staff(Role.AUDITOR)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.allowedActions").isEmpty());
    }

    @Test
    void aCaseTheCallerMayNotSeeIs404EvenWithFieldsTheActionDoesNotTake() throws Exception {
        Object caseId = calls.opened(calls.order(), "REFUND_ONLY", "NOT_RECEIVED", null).get("caseId");

        calls.act(Callers.buyer("buyer-2"), caseId, "cancel", Map.of("version", 1, "carrier", "SF"))
                .andExpect(status().isNotFound());
        calls.act(BUYER, caseId, "cancel", Map.of("version", 1, "carrier", "SF"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anUnknownActionIs404() throws Exception {
        Object caseId = calls.opened(calls.order(), "REFUND_ONLY", "NOT_RECEIVED", null).get("caseId");

        calls.act(SELLER, caseId, "approve", Map.of("version", 1)).andExpect(status().isNotFound());
    }

    @Test
    void aBadBodyIs400NamingTheFieldAndChangesNothing() throws Exception {
        String orderId = calls.deliveredOrder();
        Object caseId = calls.opened(orderId, "RETURN_AND_REFUND", "QUALITY", null).get("caseId");

        calls.act(SELLER, caseId, "agree", Map.of())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("version")));
        calls.act(SELLER, caseId, "agree", Map.of("version", 1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("returnAddress"));
        calls.act(BUYER, caseId, "cancel", Map.of("version", 1, "carrier", "SF"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("carrier"));
        calls.act(SELLER, caseId, "refuse", Map.of("version", 1, "reasonCode", "USED", "message", "worn"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("evidenceIds"));
        calls.act(SELLER, caseId, "agree", Map.of("version", "one"))
                .andExpect(status().isBadRequest());
        assertThat(calls.read(caseId).get("version")).isEqualTo(1);
    }

    @Test
    void askingForMoreThanTheQuoteAllowsIs422NamingRequestedAmount() throws Exception {
        String orderId = calls.order();

        calls.apply(orderId, "REFUND_ONLY", "NOT_RECEIVED", 19601L)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("requestedAmount"));
        assertThat(orders.find(orderId).orElseThrow().lines().get(0).refunds().reservedAmount()).isZero();
    }

    @Test
    void anIneligibleRequestIs422WithTheQuotesReasons() throws Exception {
        calls.apply(calls.order(), "RETURN_AND_REFUND", "QUALITY", null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.ineligibleReasons[0].code").value("NOT_SHIPPED_REFUND_ONLY"))
                .andExpect(jsonPath("$.ineligibleReasons[0].lineId").value("L1"));
    }

    @Test
    void aLineTakesThreeApplicationsCancelledOnesIncluded() throws Exception {
        String orderId = calls.order();
        for (int i = 0; i < 3; i++) {
            Object caseId = calls.opened(orderId, "REFUND_ONLY", "NOT_RECEIVED", 100L).get("caseId");
            calls.done(BUYER, caseId, "cancel", Map.of());
        }

        calls.apply(orderId, "REFUND_ONLY", "NOT_RECEIVED", 100L)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].lineId"));
    }

    @Test
    void aCaseTakesFiveRevisions() throws Exception {
        Object caseId = calls.opened(calls.order(), "REFUND_ONLY", "NOT_RECEIVED", null).get("caseId");
        for (int i = 0; i < 5; i++) {
            calls.done(BUYER, caseId, "revise", Map.of("requestedAmount", 1000 + i));
        }

        calls.act(BUYER, caseId, "revise", Map.of("version", 6, "requestedAmount", 900))
                .andExpect(status().isUnprocessableContent());
        assertThat(calls.read(caseId).get("requestedAmount")).isEqualTo(1004);
    }

    @Test
    void aLineTakesFiveRevisionsOverAllItsCases() throws Exception {
        String orderId = calls.order();
        Object first = calls.opened(orderId, "REFUND_ONLY", "NOT_RECEIVED", null).get("caseId");
        for (int i = 0; i < 3; i++) {
            calls.done(BUYER, first, "revise", Map.of("requestedAmount", 1000 + i));
        }
        calls.done(BUYER, first, "cancel", Map.of());
        Object second = calls.opened(orderId, "REFUND_ONLY", "NOT_RECEIVED", 500L).get("caseId");
        calls.done(BUYER, second, "revise", Map.of("requestedAmount", 600));
        calls.done(BUYER, second, "revise", Map.of("requestedAmount", 700));

        calls.act(BUYER, second, "revise", Map.of("version", 3, "requestedAmount", 800))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("line L1")));
        assertThat(calls.read(second).get("requestedAmount")).isEqualTo(700);
    }

    @Test
    void bothLimitsCountPerLineSoTheOrdersOtherLineKeepsItsOwn() throws Exception {
        String orderId = twoLineOrder();
        for (int i = 0; i < 3; i++) {
            Object caseId = CaseCalls.json(applyFor(orderId, "L1").andExpect(status().isCreated())).get("caseId");
            calls.done(BUYER, caseId, "revise", Map.of("requestedAmount", 200));
            calls.done(BUYER, caseId, "cancel", Map.of());
        }
        Object l2 = CaseCalls.json(applyFor(orderId, "L2").andExpect(status().isCreated())).get("caseId");
        for (int i = 0; i < 5; i++) {
            calls.done(BUYER, l2, "revise", Map.of("requestedAmount", 100 + i));
        }

        applyFor(orderId, "L1").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].lineId"));
        calls.act(BUYER, l2, "revise", Map.of("version", 6, "requestedAmount", 90))
                .andExpect(status().isUnprocessableContent());
    }

    /** The example order with a second line, L2: one pair of socks at 1000, paid with the rest. */
    private String twoLineOrder() throws Exception {
        String orderId = OrderJson.freshId();
        Map<String, Object> order = OrderJson.example(orderId);
        @SuppressWarnings("unchecked")
        List<Object> lines = (List<Object>) order.get("lines");
        lines.add(Map.of("lineId", "L2", "sku", "SOCK-1", "title", "Socks", "category", "apparel", "quantity", 1,
                "unitPrice", 1000, "virtual", false, "noReasonReturn", "SUPPORTED"));
        OrderJson.payment(order, 0).put("amount", 20600);
        mvc.perform(post("/api/v1/orders").with(Callers.marketplace()).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(order))).andExpect(status().isCreated());
        return orderId;
    }

    private ResultActions applyFor(String orderId, String... lineIds) throws Exception {
        List<Map<String, Object>> lines = java.util.Arrays.stream(lineIds)
                .map(id -> Map.<String, Object>of("lineId", id, "quantity", 1)).toList();
        return mvc.perform(post("/api/v1/cases").with(BUYER).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(Map.of("orderId", orderId, "type", "REFUND_ONLY", "reason", "NOT_RECEIVED",
                        "lines", lines, "requestedAmount", 100))));
    }

    @Test
    void twoOpenCasesNeverTogetherReserveMoreThanWasPaid() throws Exception {
        String orderId = calls.order();
        calls.opened(orderId, "REFUND_ONLY", "NOT_RECEIVED", null);

        calls.opened(orderId, "REFUND_ONLY", "NOT_RECEIVED", null);

        calls.apply(orderId, "REFUND_ONLY", "NOT_RECEIVED", 1L).andExpect(status().isUnprocessableContent());
        var order = orders.find(orderId).orElseThrow();
        assertThat(order.lines().get(0).refunds().reservedQuantity()).isEqualTo(2);
        assertThat(order.lines().get(0).refunds().reservedAmount() + order.shippingReserved())
                .isEqualTo(order.totalPaid());
    }

    @Test
    void theSellersQueueHoldsOnlyTheShopsCasesMostUrgentFirst() throws Exception {
        String unshipped = calls.order();
        String delivered = calls.deliveredOrder();
        Object later = calls.opened(delivered, "REFUND_ONLY", "QUALITY", 100L).get("caseId");
        Object sooner = calls.opened(unshipped, "REFUND_ONLY", "NOT_RECEIVED", 100L).get("caseId");

        List<Object> queue = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/cases?status=REQUESTED&size=100")
                        .with(SELLER)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(),
                "$.items[*].caseId");
        assertThat(queue).containsSubsequence(sooner, later);
        mvc.perform(get("/api/v1/cases?orderId=" + unshipped).with(Callers.seller("shop-2")))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/cases?size=101").with(SELLER)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/cases?status=PENDING").with(SELLER)).andExpect(status().isBadRequest());
    }
}
