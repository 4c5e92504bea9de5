package io.redress.aftersale.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.aftersale.Case;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.Cases;
import io.redress.aftersale.web.PayoutCalls;
import io.redress.orders.Callers;
import io.redress.orders.Order;
import io.redress.orders.Orders;
import io.redress.payments.Refunds;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@RedressIntegrationTest
class CasePayoutsIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired CasePayouts payouts;
    @Autowired Cases cases;
    @Autowired Orders orders;
    @Autowired Refunds refunds;

    @Test
    void deliveringThePayoutEventsAgainPaysAndSettlesOnce() throws Exception {
        PayoutCalls calls = new PayoutCalls(mvc);
        String buyerId = "buyer-" + UUID.randomUUID();
        String orderId = calls.twoInstrumentOrder(buyerId);
        String caseId = (String) calls.apply(Callers.buyer(buyerId), orderId, 1, 5000L).get("caseId");
        calls.agree(caseId);
        Case refunded = Waiting.until(() -> cases.find(caseId).orElseThrow(), c -> c.status() == CaseStatus.REFUNDED);
        Order settled = orders.find(orderId).orElseThrow();

        payouts.payOut(caseId);
        payouts.paid(caseId);
        payouts.paid(caseId);

        assertThat(cases.find(caseId)).contains(refunded);
        assertThat(refunded.refundedAmount()).isEqualTo(5000);
        assertThat(refunds.attempts(caseId)).hasSize(2);
        assertThat(orders.find(orderId)).contains(settled);
        assertThat(settled.payments().stream().mapToLong(p -> p.refundedAmount()).sum()).isEqualTo(5000);
    }
}
