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
import io.redress.payments.RefundCompletion;
import io.redress.payments.RefundStatus;
import io.redress.payments.Refunds;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.web.servlet.MockMvc;

@RedressIntegrationTest
class CasePayoutsIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired CasePayouts payouts;
    @Autowired Cases cases;
    @Autowired Orders orders;
    @Autowired Refunds refunds;
    @Autowired JdbcClient jdbc;
    @Autowired IncompleteEventPublications incomplete;

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

    /**
     * The case moves to REFUNDED in the transaction that records the refund's last paid leg. When that fails (here the
     * order's reservation of a payment was taken away, so settling it refuses), the paid leg is still recorded, in a
     * transaction of its own, and the completion waits in the registry until it can be made.
     */
    @Test
    void aCompletionThatFailsWithTheLastPaidLegLeavesTheLegRecordedAndCompletesTheCaseOnceItCan() throws Exception {
        PayoutCalls calls = new PayoutCalls(mvc);
        String buyerId = "buyer-" + UUID.randomUUID();
        String orderId = calls.twoInstrumentOrder(buyerId);
        String caseId = (String) calls.apply(Callers.buyer(buyerId), orderId, 1, 5000L).get("caseId");
        Map<String, Long> reserved = jdbc.sql("SELECT payment_id, reserved_amount FROM order_payments WHERE order_id = ?")
                .param(orderId).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(reserved.values()).anyMatch(amount -> amount > 0);
        jdbc.sql("UPDATE order_payments SET reserved_amount = 0 WHERE order_id = ?").param(orderId).update();

        calls.agree(caseId);

        Waiting.until(() -> refunds.attempts(caseId),
                legs -> legs.size() == 2 && legs.stream().allMatch(a -> a.status() == RefundStatus.SUCCEEDED));
        assertThat(cases.find(caseId).orElseThrow().status()).isEqualTo(CaseStatus.REFUNDING);

        reserved.forEach((paymentId, amount) -> jdbc.sql(
                "UPDATE order_payments SET reserved_amount = ? WHERE order_id = ? AND payment_id = ?")
                .params(amount, orderId, paymentId).update());
        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof RefundCompletion c
                && c.refundRef().equals(caseId));

        Case refunded = Waiting.until(() -> cases.find(caseId).orElseThrow(), c -> c.status() == CaseStatus.REFUNDED);
        assertThat(refunded.refundedAmount()).isEqualTo(5000);
        assertThat(orders.find(orderId).orElseThrow().payments().stream().mapToLong(p -> p.refundedAmount()).sum())
                .isEqualTo(5000);
    }
}
