package io.redress.aftersale.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressPostgresTest;
import io.redress.orders.Order;
import io.redress.orders.Orders;
import io.redress.orders.Race;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@RedressPostgresTest
class CaseApplicationsPostgresTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    Orders orders;
    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentApplicationsReserveExactlyWhatTheSameApplicationsOneByOneWould() throws Exception {
        CaseCalls calls = new CaseCalls(mvc, clock);
        String orderId = calls.order();
        String twinId = calls.order();
        List<Integer> oneByOne = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            oneByOne.add(applyForOneUnit(calls, twinId));
        }

        List<Integer> statuses = Race.run(20, () -> applyForOneUnit(calls, orderId));

        assertThat(statuses).allMatch(s -> s == 201 || s == 409 || s == 422);
        // One by one: the first unit breaks the 15000 threshold of the coupon (9900 - 1000 = 8900), the second is
        // the last goods, so 9900 and the 800 of shipping come back: 19600, all that was paid, in two cases.
        assertThat(reserved(twinId)).isEqualTo(8900 + 9900 + 800).isEqualTo(orders.find(twinId).orElseThrow().totalPaid());
        assertThat(reserved(orderId)).as("reserved by the race").isEqualTo(reserved(twinId));
        assertThat(requested(orderId)).isEqualTo(reserved(orderId));
        assertThat(orders.find(orderId).orElseThrow().payments().get(0).reservedAmount()).isEqualTo(reserved(orderId));
        assertThat(orders.find(orderId).orElseThrow().lines().get(0).refunds().reservedQuantity()).isEqualTo(2);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(countCases(orderId))
                .isEqualTo(oneByOne.stream().filter(s -> s == 201).count()).isEqualTo(2);
        System.out.printf("20 concurrent applications on one line: %s%n", Map.of("statuses", statuses,
                "reserved", reserved(orderId), "one by one", oneByOne));
    }

    private static int applyForOneUnit(CaseCalls calls, String orderId) throws Exception {
        return calls.apply(orderId, "REFUND_ONLY", "NOT_RECEIVED", null).andReturn().getResponse().getStatus();
    }

    private long reserved(String orderId) {
        Order order = orders.find(orderId).orElseThrow();
        return order.lines().get(0).refunds().reservedAmount() + order.shippingReserved();
    }

    private long requested(String orderId) {
        return jdbc.sql("SELECT COALESCE(SUM(requested_amount), 0) FROM after_sale_case WHERE order_id = ?")
                .param(orderId).query(Long.class).single();
    }

    @Test
    void racingActionsOnOneCaseApplyOnceAndMoveTheMoneyOnce() throws Exception {
        CaseCalls calls = new CaseCalls(mvc, clock);
        String orderId = calls.order();
        Object caseId = calls.opened(orderId, "REFUND_ONLY", "NOT_RECEIVED", 6000L).get("caseId");

        AtomicInteger turn = new AtomicInteger();
        List<Integer> statuses = Race.run(10, () -> {
            boolean cancel = turn.getAndIncrement() % 2 == 0;
            return calls.act(cancel ? CaseCalls.BUYER : CaseCalls.SELLER, caseId, cancel ? "cancel" : "agree",
                    Map.of("version", 1)).andReturn().getResponse()
                    .getStatus();
        });

        assertThat(statuses).containsOnlyOnce(200).allMatch(s -> s == 200 || s == 409);
        Map<String, Object> after = calls.read(caseId);
        // An agreed case is paid out next (version 3, REFUNDED); the money it holds or paid is the agreed 6000.
        boolean closed = after.get("status").equals("CLOSED");
        assertThat(after.get("version")).isIn(closed ? List.of(2) : List.of(2, 3));
        var payment = orders.find(orderId).orElseThrow().payments().get(0);
        assertThat(payment.reservedAmount() + payment.refundedAmount()).isEqualTo(closed ? 0 : 6000);
    }

    private long countCases(String orderId) {
        return jdbc.sql("SELECT COUNT(*) FROM after_sale_case WHERE order_id = ?").param(orderId).query(Long.class)
                .single();
    }
}
