package io.redress.aftersale.web;

import static io.redress.aftersale.web.CaseCalls.BUYER;
import static io.redress.aftersale.web.CaseCalls.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.aftersale.CaseDesk;
import io.redress.orders.Order;
import io.redress.orders.Orders;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The seller's counter-proposal and the buyer's answer, through the Cases API. */
@RedressIntegrationTest
class NegotiationIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    Orders orders;
    @Autowired
    CaseDesk desk;

    CaseCalls calls;

    @BeforeEach
    void calls() {
        calls = new CaseCalls(mvc, clock);
    }

    @Test
    void anAcceptedProposalExecutesTheProposedAmountAndPaysExactlyThat() throws Exception {
        String orderId = calls.order();
        Object caseId = calls.opened(orderId, "REFUND_ONLY", "NOT_RECEIVED", 6000L).get("caseId");

        Map<String, Object> proposed = calls.done(SELLER, caseId, "propose", Map.of("amount", 4500,
                "message", "the parcel was only delayed"));
        assertThat(proposed.get("status")).isEqualTo("REQUESTED");
        assertThat(proposed.get("allowedActions")).asList().doesNotContain("propose");
        Map<String, Object> seen = calls.read(caseId);
        assertThat(seen.get("allowedActions")).asList().contains("accept-proposal", "reject-proposal");
        assertThat(seen.get("proposal")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("amount", 4500);

        Map<String, Object> accepted = calls.done(BUYER, caseId, "accept-proposal", Map.of());

        assertThat(accepted.get("status")).isEqualTo("REFUNDING");
        assertThat(accepted.get("agreedAmount")).isEqualTo(4500);
        assertThat(accepted.get("proposal")).isNull();
        Waiting.until(() -> read(caseId), c -> "REFUNDED".equals(c.get("status")));
        Order order = orders.find(orderId).orElseThrow();
        assertThat(order.payments().get(0).refundedAmount()).isEqualTo(4500);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/v1/cases/" + caseId + "/timeline").with(BUYER))
                .andExpect(jsonPath("$[*].action", hasItems("propose", "accept-proposal")));
    }

    @Test
    void anAcceptedReturnProposalSendsTheGoodsToTheProposedAddress() throws Exception {
        Object caseId = calls.opened(calls.deliveredOrder(), "RETURN_AND_REFUND", "QUALITY", 8000L).get("caseId");

        calls.act(SELLER, caseId, "propose", Map.of("version", 1, "amount", 7000))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("returnAddress"));
        calls.done(SELLER, caseId, "propose", Map.of("amount", 7000, "returnAddress", "Hangzhou, Wensan Rd 1"));
        Map<String, Object> accepted = calls.done(BUYER, caseId, "accept-proposal", Map.of());

        assertThat(accepted.get("status")).isEqualTo("AWAITING_RETURN");
        assertThat(accepted.get("agreedAmount")).isEqualTo(7000);
        assertThat(accepted.get("returnAddress")).isEqualTo("Hangzhou, Wensan Rd 1");
        assertThat(accepted.get("returnAddressBySystem")).isEqualTo(false);
    }

    @Test
    void aRejectedProposalLeavesTheRequestRefusedForTheBuyerToReviseOrEscalate() throws Exception {
        Object caseId = calls.opened(calls.order(), "REFUND_ONLY", "NOT_RECEIVED", 6000L).get("caseId");
        calls.done(SELLER, caseId, "propose", Map.of("amount", 3000));

        Map<String, Object> rejected = calls.done(BUYER, caseId, "reject-proposal", Map.of("message", "too little"));

        assertThat(rejected.get("status")).isEqualTo("SELLER_REFUSED");
        assertThat(rejected.get("proposal")).isNull();
        assertThat(rejected.get("agreedAmount")).isNull();
        assertThat(rejected.get("allowedActions")).asList().contains("revise", "escalate");
        assertThat(rejected.get("deadline")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("party", "BUYER").containsEntry("onExpiry", "AUTO_CLOSE");
        assertThat(desk.held((String) caseId).payments().get(0).amount()).isEqualTo(6000);
    }

    @Test
    void aProposalNeitherAboveTheRequestNorBelowOneFenAndChangesNothing() throws Exception {
        Object caseId = calls.opened(calls.order(), "REFUND_ONLY", "NOT_RECEIVED", 6000L).get("caseId");

        calls.act(SELLER, caseId, "propose", Map.of("version", 1, "amount", 6001))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.code").value("amount.above-requested"))
                .andExpect(jsonPath("$.limit").value(6000));
        calls.act(SELLER, caseId, "propose", Map.of("version", 1, "amount", 0))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        calls.act(SELLER, caseId, "propose", Map.of("version", 1))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        calls.act(SELLER, caseId, "agree", Map.of("version", 1, "amount", 5000))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));

        Map<String, Object> unchanged = calls.read(caseId);
        assertThat(unchanged.get("version")).isEqualTo(1);
        assertThat(unchanged.get("proposal")).isNull();
        assertThat(desk.held((String) caseId).payments().get(0).amount()).isEqualTo(6000);
    }

    @Test
    void proposingDoesNotGiveTheSellerMoreTimeAndOnlyOneProposalWaitsAtATime() throws Exception {
        Map<String, Object> opened = calls.opened(calls.order(), "REFUND_ONLY", "NOT_RECEIVED", 6000L);
        Object caseId = opened.get("caseId");

        Map<String, Object> proposed = calls.done(SELLER, caseId, "propose", Map.of("amount", 5000));

        assertThat(proposed.get("deadline")).isEqualTo(opened.get("deadline"));
        calls.act(SELLER, caseId, "propose", Map.of("version", 2, "amount", 4000))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.allowedActions", not(hasItem("propose"))));
        calls.act(BUYER, caseId, "accept-proposal", Map.of("version", 1)).andExpect(status().isConflict());
    }

    @Test
    void withoutAProposalTheBuyerHasNothingToAcceptOrReject() throws Exception {
        Object caseId = calls.opened(calls.order(), "REFUND_ONLY", "NOT_RECEIVED", 6000L).get("caseId");

        assertThat(calls.read(caseId).get("allowedActions")).asList()
                .doesNotContain("accept-proposal", "reject-proposal");
        calls.act(BUYER, caseId, "accept-proposal", Map.of("version", 1))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.allowedActions", contains("revise", "cancel")));
    }

    @Test
    void aRevisionLapsesThePendingProposal() throws Exception {
        Object caseId = calls.opened(calls.order(), "REFUND_ONLY", "NOT_RECEIVED", 6000L).get("caseId");
        calls.done(SELLER, caseId, "propose", Map.of("amount", 5000));

        Map<String, Object> revised = calls.done(BUYER, caseId, "revise", Map.of("requestedAmount", 5500));

        assertThat(revised.get("proposal")).isNull();
        assertThat(revised.get("allowedActions")).asList().doesNotContain("accept-proposal");
        assertThat(calls.read(caseId).get("proposal")).as("read again: the proposal lapsed in the database").isNull();
    }

    @Test
    void acceptingAProposalCountsAsAModificationOfTheLine() throws Exception {
        Object caseId = calls.opened(calls.order(), "REFUND_ONLY", "NOT_RECEIVED", null).get("caseId");
        for (int i = 0; i < 5; i++) {
            calls.done(BUYER, caseId, "revise", Map.of("requestedAmount", 2000 + i));
        }
        calls.done(SELLER, caseId, "propose", Map.of("amount", 1500));

        calls.act(BUYER, caseId, "accept-proposal", Map.of("version", 7))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("modifications.used-up"));

        Map<String, Object> unchanged = calls.read(caseId);
        assertThat(unchanged.get("status")).isEqualTo("REQUESTED");
        assertThat(unchanged.get("agreedAmount")).isNull();
        assertThat(unchanged.get("proposal")).isNotNull();
    }

    @Test
    void anAcceptedProposalUsesUpOneOfTheLinesModifications() throws Exception {
        String orderId = calls.order();
        Object first = calls.opened(orderId, "REFUND_ONLY", "NOT_RECEIVED", 3000L).get("caseId");
        calls.done(SELLER, first, "propose", Map.of("amount", 2000));
        calls.done(BUYER, first, "accept-proposal", Map.of());
        Waiting.until(() -> read(first), c -> "REFUNDED".equals(c.get("status")));
        Object second = calls.opened(orderId, "REFUND_ONLY", "NOT_RECEIVED", 3000L).get("caseId");
        for (int i = 0; i < 4; i++) {
            calls.done(BUYER, second, "revise", Map.of("requestedAmount", 2000 + i));
        }

        calls.act(BUYER, second, "revise", Map.of("version", 5, "requestedAmount", 1000))
                .andExpect(status().isUnprocessableContent());
    }

    private Map<String, Object> read(Object caseId) {
        try {
            return calls.read(caseId);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
