package io.redress.aftersale.web;

import static io.redress.aftersale.web.CaseCalls.BUYER;
import static io.redress.aftersale.web.CaseCalls.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.aftersale.Cases;
import io.redress.ledger.Ledger;
import io.redress.orders.Callers;
import io.redress.orders.OrderJson;
import io.redress.orders.Orders;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A refund case at 0 would end REFUNDED with nothing paid and use up the buyer's applications for the unit, so every
 * amount that pays money must be at least 1 fen; exchanges, which pay nothing, stay at 0.
 */
@RedressIntegrationTest
class ZeroAmountsIntegrationTest {

    @Autowired
    Ledger ledger;

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    Orders orders;
    @Autowired
    Cases cases;

    CaseCalls calls;

    @BeforeEach
    void calls() {
        calls = new CaseCalls(mvc, clock);
    }

    @Test
    void aRefundCaseIsNotOpenedAtZero() throws Exception {
        String orderId = calls.order();

        refusedNaming(calls.apply(orderId, "REFUND_ONLY", "NOT_RECEIVED", 0L), "requestedAmount");

        assertThat(cases.ofOrder(orderId)).isEmpty();
        assertThat(reserved(orderId)).isZero();
    }

    @Test
    void aRequestIsNotRevisedToZero() throws Exception {
        String orderId = calls.order();
        Map<String, Object> opened = calls.opened(orderId, "REFUND_ONLY", "NOT_RECEIVED", 5000L);

        refusedNaming(calls.act(BUYER, opened.get("caseId"), "revise",
                Map.of("version", opened.get("version"), "requestedAmount", 0)), "requestedAmount");

        assertUnchanged(opened, orderId);
    }

    @Test
    void aSellerDoesNotProposeToRefundZero() throws Exception {
        String orderId = calls.order();
        Map<String, Object> opened = calls.opened(orderId, "REFUND_ONLY", "NOT_RECEIVED", 5000L);

        refusedNaming(calls.act(SELLER, opened.get("caseId"), "propose",
                Map.of("version", opened.get("version"), "amount", 0)), "amount");

        assertUnchanged(opened, orderId);
    }

    @Test
    void linesWithNothingLeftToRefundAreRefusedRatherThanOpenedAtZero() throws Exception {
        String orderId = fullyDiscountedOrder();

        refusedNaming(calls.apply(orderId, "REFUND_ONLY", "NOT_RECEIVED", null), "lines");

        assertThat(cases.ofOrder(orderId)).isEmpty();
    }

    @Test
    void anOrderWithNothingPaidIsAcceptedAndItsCaptureBooksNothing() throws Exception {
        String orderId = fullyDiscountedOrder();

        assertThat(ledger.entriesOfOrder(orderId)).isEmpty();
    }

    @Test
    void anExchangeStillOpensWithNothingToRefund() throws Exception {
        String orderId = fullyDiscountedOrder();
        calls.fulfil(orderId, "SHIPPED");
        calls.fulfil(orderId, "SIGNED");

        Map<String, Object> opened = calls.opened(orderId, "EXCHANGE", "WRONG_ITEM", 0L);

        assertThat(opened.get("requestedAmount")).isEqualTo(0);
        assertThat(opened.get("status")).isEqualTo("REQUESTED");
    }

    private static void refusedNaming(ResultActions result, String field) throws Exception {
        result.andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }

    private void assertUnchanged(Map<String, Object> before, String orderId) throws Exception {
        Map<String, Object> after = calls.read(before.get("caseId"));
        assertThat(after.get("version")).isEqualTo(before.get("version"));
        assertThat(after.get("status")).isEqualTo("REQUESTED");
        assertThat(after.get("requestedAmount")).isEqualTo(5000);
        assertThat(after.get("agreedAmount")).isNull();
        assertThat(reserved(orderId)).isEqualTo(5000);
    }

    /** The example order with a coupon covering both T-shirts and free shipping: nothing was paid. */
    private String fullyDiscountedOrder() throws Exception {
        String id = OrderJson.freshId();
        Map<String, Object> order = OrderJson.example(id);
        OrderJson.discount(order, 0).put("amount", 19800);
        OrderJson.discount(order, 0).remove("threshold");
        order.put("shippingFee", 0);
        order.put("freeShipping", true);
        order.put("payments", List.of());
        mvc.perform(post("/api/v1/orders").with(Callers.marketplace())
                        .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(order)))
                .andExpect(status().isCreated());
        return id;
    }

    private long reserved(String orderId) {
        return orders.find(orderId).orElseThrow().lines().get(0).refunds().reservedAmount();
    }
}
