package io.redress.aftersale.web;

import static io.redress.aftersale.web.CaseCalls.BUYER;
import static io.redress.aftersale.web.CaseCalls.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.aftersale.CaseDesk;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.CaseTransitioned;
import io.redress.identity.Role;
import io.redress.orders.Callers;
import io.redress.orders.Order;
import io.redress.orders.Orders;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@RedressIntegrationTest
@RecordApplicationEvents
class CaseApiIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    Orders orders;
    @Autowired
    ApplicationEvents events;
    @Autowired
    CaseDesk desk;

    CaseCalls calls;

    @BeforeEach
    void calls() {
        calls = new CaseCalls(mvc, clock);
    }

    @Test
    void applyingReservesTheRequestedRefundAndAnswersTheCaseForTheBuyer() throws Exception {
        String orderId = calls.order();

        var response = calls.apply(orderId, "REFUND_ONLY", "NOT_RECEIVED", 5000L)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/cases/C-")))
                .andExpect(jsonPath("$.status").value("REQUESTED"))
                .andExpect(jsonPath("$.intervention").value("NONE"))
                .andExpect(jsonPath("$.requestedAmount").value(5000))
                .andExpect(jsonPath("$.currency").value("CNY"))
                .andExpect(jsonPath("$.deadline.party").value("SELLER"))
                .andExpect(jsonPath("$.deadline.onExpiry").value("AUTO_AGREE"))
                .andExpect(jsonPath("$.allowedActions").value(org.hamcrest.Matchers.contains("revise", "cancel")))
                .andExpect(jsonPath("$.version").value(1));
        Map<String, Object> opened = CaseCalls.json(response);

        assertThat(reserved(orderId)).isEqualTo(5000);
        mvc.perform(get("/api/v1/cases/" + opened.get("caseId")).with(SELLER))
                .andExpect(jsonPath("$.allowedActions").value(org.hamcrest.Matchers.contains("agree", "propose")));
    }

    @Test
    void refundOnlyAgreedBySellerIsRefundingAndPublishesTheTransition() throws Exception {
        String orderId = calls.order();
        Map<String, Object> c = calls.opened(orderId, "REFUND_ONLY", "NOT_RECEIVED", null);

        Map<String, Object> agreed = calls.done(SELLER, c.get("caseId"), "agree", Map.of());

        assertThat(agreed.get("status")).isEqualTo("REFUNDING");
        assertThat(agreed.get("agreedAmount")).isEqualTo(c.get("requestedAmount"));
        assertThat(agreed.get("deadline")).isNull();
        assertThat(events.stream(CaseTransitioned.class)
                .filter(e -> e.caseId().equals(c.get("caseId")) && e.to() == CaseStatus.REFUNDING)).hasSize(1);
        assertThat(heldOrPaid(orderId)).isEqualTo(((Number) c.get("requestedAmount")).longValue());
    }

    @Test
    void anAcceptedLowerProposalReleasesTheDifference() throws Exception {
        String orderId = calls.order();
        Map<String, Object> c = calls.opened(orderId, "REFUND_ONLY", "NOT_RECEIVED", 6000L);

        calls.done(SELLER, c.get("caseId"), "propose", Map.of("amount", 4000));
        Map<String, Object> agreed = calls.done(BUYER, c.get("caseId"), "accept-proposal", Map.of());

        assertThat(agreed.get("agreedAmount")).isEqualTo(4000);
        assertThat(heldOrPaid(orderId)).isEqualTo(4000);
        // What the case held is paid out and settled: 4000 of one unit, all from P1.
        eventually(c.get("caseId"), "REFUNDED");
        Order order = orders.find(orderId).orElseThrow();
        assertThat(order.lines().get(0).refunds().refundedAmount() + order.shippingRefunded()).isEqualTo(4000);
        assertThat(order.lines().get(0).refunds().refundedQuantity()).isEqualTo(1);
        assertThat(order.payments().get(0).refundedAmount()).isEqualTo(4000);
        assertThat(desk.held((String) c.get("caseId")).payments()).isEmpty();
    }

    @Test
    void returnAndRefundGoesThroughShipReturnAndConfirmReceipt() throws Exception {
        String orderId = calls.deliveredOrder();
        Object caseId = calls.opened(orderId, "RETURN_AND_REFUND", "QUALITY", null).get("caseId");

        assertThat(calls.done(SELLER, caseId, "agree", Map.of("returnAddress", "Hangzhou, Wensan Rd 1")).get("status"))
                .isEqualTo("AWAITING_RETURN");
        assertThat(calls.done(BUYER, caseId, "ship-return", Map.of("carrier", "SF", "trackingNo", "SF1001"))
                .get("status")).isEqualTo("RETURN_SHIPPED");
        assertThat(calls.done(SELLER, caseId, "confirm-receipt", Map.of()).get("status")).isEqualTo("REFUNDING");

        mvc.perform(get("/api/v1/cases/" + caseId + "/timeline").with(BUYER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0:4].action").value(org.hamcrest.Matchers.contains(
                        "apply", "agree", "ship-return", "confirm-receipt")))
                .andExpect(jsonPath("$[1].actor").value("SELLER"))
                .andExpect(jsonPath("$[1].user").value("staff-shop-1"))
                .andExpect(jsonPath("$[1].details.returnAddress").value("Hangzhou, Wensan Rd 1"))
                .andExpect(jsonPath("$[2].from").value("AWAITING_RETURN"))
                .andExpect(jsonPath("$[2].to").value("RETURN_SHIPPED"))
                .andExpect(jsonPath("$[2].details.trackingNo").value("SF1001"))
                // the move into REFUNDING carries both who made it and the refund it decided
                .andExpect(jsonPath("$[3].user").value("staff-shop-1"))
                .andExpect(jsonPath("$[3].details.decisionId").isNotEmpty());
    }

    @Test
    void refusedCaseIsRevisedAndThenEscalated() throws Exception {
        String orderId = calls.deliveredOrder();
        Object caseId = calls.opened(orderId, "REFUND_ONLY", "QUALITY", 8000L).get("caseId");
        Map<String, Object> refusal = Map.of("reasonCode", "NOT_DEFECTIVE", "message", "photos show no defect",
                "evidenceIds", List.of(calls.evidence(SELLER, caseId)));

        assertThat(calls.done(SELLER, caseId, "refuse", refusal).get("status")).isEqualTo("SELLER_REFUSED");
        Map<String, Object> revised = calls.done(BUYER, caseId, "revise",
                Map.of("requestedAmount", 3000, "reason", "NOT_AS_DESCRIBED", "description", "colour differs"));
        assertThat(revised.get("status")).isEqualTo("REQUESTED");
        assertThat(revised.get("reason")).isEqualTo("NOT_AS_DESCRIBED");
        assertThat(reserved(orderId)).isEqualTo(3000);
        calls.done(SELLER, caseId, "refuse", refusal);

        Map<String, Object> escalated = calls.done(BUYER, caseId, "escalate", Map.of("message", "please look"));
        assertThat(escalated.get("status")).isEqualTo("SELLER_REFUSED");
        assertThat(escalated.get("intervention")).isEqualTo("REQUESTED");
        assertThat(escalated.get("deadline")).isNull();
    }

    @Test
    void exchangeGoesThroughReplacementAndReservesNothing() throws Exception {
        String orderId = calls.deliveredOrder();
        Map<String, Object> c = calls.opened(orderId, "EXCHANGE", "WRONG_ITEM", null);
        Object caseId = c.get("caseId");
        assertThat(c.get("requestedAmount")).isEqualTo(0);
        assertThat(reserved(orderId)).isZero();

        calls.done(SELLER, caseId, "agree", Map.of("returnAddress", "Hangzhou"));
        calls.done(BUYER, caseId, "ship-return", Map.of("carrier", "SF", "trackingNo", "SF2"));
        assertThat(calls.done(SELLER, caseId, "confirm-receipt", Map.of()).get("status"))
                .isEqualTo("AWAITING_REPLACEMENT");
        assertThat(calls.done(SELLER, caseId, "ship-replacement", Map.of("carrier", "SF", "trackingNo", "SF3"))
                .get("status")).isEqualTo("REPLACEMENT_SHIPPED");
        assertThat(calls.done(BUYER, caseId, "confirm-replacement", Map.of()).get("status")).isEqualTo("COMPLETED");
    }

    @Test
    void cancellingClosesTheCaseAndReleasesTheReservation() throws Exception {
        String orderId = calls.order();
        Object caseId = calls.opened(orderId, "REFUND_ONLY", "NOT_RECEIVED", null).get("caseId");
        assertThat(reserved(orderId)).isPositive();

        Map<String, Object> cancelled = calls.done(BUYER, caseId, "cancel", Map.of());

        assertThat(cancelled.get("status")).isEqualTo("CLOSED");
        assertThat(cancelled.get("closeReason")).isEqualTo("BUYER_CANCELLED");
        Order order = orders.find(orderId).orElseThrow();
        assertThat(reserved(orderId)).isZero();
        assertThat(order.lines().get(0).refunds().reservedQuantity()).isZero();
        assertThat(order.payments().get(0).reservedAmount()).isZero();
        assertThat(order.shippingReserved()).isZero();
    }

    @Test
    void sellerSilentOnAnUnshippedRefundIsTakenToAgreeOnceTheDeadlinePassesAndPaidOut() throws Exception {
        String orderId = calls.order();
        Object caseId = calls.opened(orderId, "REFUND_ONLY", "NOT_RECEIVED", null).get("caseId");

        mvc.perform(post("/api/v1/admin/clock/advance").with(Callers.staff(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"duration\": \"PT25H\"}"))
                .andExpect(status().isOk());

        Map<String, Object> after = eventually(caseId, "REFUNDED");
        assertThat(after.get("status")).isEqualTo("REFUNDED");
        mvc.perform(get("/api/v1/cases/" + caseId + "/timeline").with(SELLER))
                .andExpect(jsonPath("$[1].actor").value("SYSTEM"))
                .andExpect(jsonPath("$[1].action").value("AUTO_AGREE"))
                .andExpect(jsonPath("$[1].to").value("REFUNDING"))
                .andExpect(jsonPath("$[2].action").value("PAYOUTS_SUCCEEDED"));
    }

    @Test
    void theSellerShippingClosesAnUnshippedRefundOnlyRequest() throws Exception {
        String orderId = calls.order();
        Object caseId = calls.opened(orderId, "REFUND_ONLY", "OTHER", null).get("caseId");

        calls.fulfil(orderId, "SHIPPED");

        Map<String, Object> after = eventually(caseId, "CLOSED");
        assertThat(after.get("closeReason")).isEqualTo("SELLER_SHIPPED");
        assertThat(reserved(orderId)).isZero();
    }

    /** What a case agreed to refund on the order: reserved until its payout succeeds, refunded after. */
    private long heldOrPaid(String orderId) {
        var refunds = orders.find(orderId).orElseThrow().lines().get(0).refunds();
        return refunds.reservedAmount() + refunds.refundedAmount();
    }

    private long reserved(String orderId) {
        return orders.find(orderId).orElseThrow().lines().get(0).refunds().reservedAmount();
    }

    /** The case once asynchronous listeners have moved it to {@code status}, or as it is after {@link Waiting#PATIENCE}. */
    private Map<String, Object> eventually(Object caseId, String status) throws Exception {
        Map<String, Object> c = calls.read(caseId);
        long giveUp = System.nanoTime() + Waiting.PATIENCE.toNanos();
        while (!status.equals(c.get("status")) && System.nanoTime() < giveUp) {
            Thread.sleep(100);
            c = calls.read(caseId);
        }
        return c;
    }
}
