package io.redress.aftersale.web;

import static io.redress.aftersale.web.CaseCalls.BUYER;
import static io.redress.aftersale.web.CaseCalls.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.orders.Order;
import io.redress.orders.Orders;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A case that has ended claims no money in flight: what it held was paid out (REFUNDED) or given back (CLOSED). */
@RedressIntegrationTest
class CaseHoldingsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    Orders orders;
    @Autowired
    JdbcClient jdbc;

    CaseCalls calls;

    @BeforeEach
    void calls() {
        calls = new CaseCalls(mvc, clock);
    }

    @Test
    void aRefundedCaseHoldsNothingAndItsOrderShowsTheAgreedAmountRefunded() throws Exception {
        String orderId = calls.order();
        Object caseId = calls.opened(orderId, "REFUND_ONLY", "NOT_RECEIVED", 6000L).get("caseId");
        calls.done(SELLER, caseId, "propose", Map.of("amount", 4001));
        calls.done(BUYER, caseId, "accept-proposal", Map.of());

        Waiting.until(() -> read(caseId), c -> "REFUNDED".equals(c.get("status")));

        assertThat(rowsHeldBy(caseId)).isZero();
        Order order = orders.find(orderId).orElseThrow();
        assertThat(order.payments().get(0).reservedAmount()).isZero();
        assertThat(order.payments().get(0).refundedAmount()).isEqualTo(4001);
        assertThat(order.lines().get(0).refunds().reservedAmount() + order.shippingReserved()).isZero();
        assertThat(order.lines().get(0).refunds().reservedQuantity()).isZero();
    }

    @Test
    void aClosedCaseHoldsNothing() throws Exception {
        Object caseId = calls.opened(calls.order(), "REFUND_ONLY", "NOT_RECEIVED", 6000L).get("caseId");

        calls.done(BUYER, caseId, "cancel", Map.of());

        assertThat(rowsHeldBy(caseId)).isZero();
    }

    @Test
    void noEndedCaseAnywhereClaimsMoneyInFlight() {
        long claims = jdbc.sql("SELECT COUNT(*) FROM after_sale_case_reservation r"
                        + " JOIN after_sale_case c ON c.case_id = r.case_id WHERE c.status IN ('REFUNDED', 'CLOSED')")
                .query(Long.class).single();

        assertThat(claims).isZero();
    }

    private Map<String, Object> read(Object caseId) {
        try {
            return calls.read(caseId);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long rowsHeldBy(Object caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM after_sale_case_reservation WHERE case_id = ?").param(caseId)
                .query(Long.class).single();
    }
}
