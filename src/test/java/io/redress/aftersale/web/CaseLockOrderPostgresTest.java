package io.redress.aftersale.web;

import static io.redress.aftersale.web.CaseCalls.BUYER;
import static io.redress.aftersale.web.CaseCalls.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressPostgresTest;
import io.redress.Waiting;
import io.redress.deadlines.Deadline;
import io.redress.deadlines.DeadlineExpired;
import io.redress.deadlines.Deadlines;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A party's action and a system action closing the same case at the same instant: both take the order's lock
 * before the case's, so one waits for the other instead of deadlocking.
 */
@RedressPostgresTest
class CaseLockOrderPostgresTest {

    private static final int ROUNDS = 25;

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    Orders orders;
    @Autowired
    Deadlines deadlines;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void cancelRacingTheReviseDeadlineNeverDeadlocksAndReleasesOnce() throws Exception {
        CaseCalls calls = new CaseCalls(mvc, clock);
        List<String> winners = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            String orderId = calls.deliveredOrder();
            Object caseId = calls.opened(orderId, "REFUND_ONLY", "QUALITY", 6000L).get("caseId");
            calls.done(SELLER, caseId, "refuse", Map.of("reasonCode", "NOT_DEFECTIVE", "message", "no defect",
                    "evidenceIds", List.of(calls.evidence(SELLER, caseId))));
            Deadline revise = deadlines.find(caseId.toString()).orElseThrow();
            DeadlineExpired expired = new DeadlineExpired(revise.caseId(), revise.timerId(), revise.onExpiry(),
                    revise.dueAt());

            AtomicInteger turn = new AtomicInteger();
            AtomicInteger cancelled = new AtomicInteger();
            Race.run(2, () -> {
                if (turn.getAndIncrement() == 0) {
                    cancelled.set(calls.act(BUYER, caseId, "cancel", Map.of("version", 2)).andReturn().getResponse()
                            .getStatus());
                } else {
                    transactions.executeWithoutResult(tx -> events.publishEvent(expired)); // as the deadline fires
                }
                return null;
            });

            assertThat(cancelled.get()).as("cancel in round %d", round).isIn(200, 409);
            assertThat(deliveredInTime(caseId)).as("the expiry was delivered without failing").isTrue();
            Map<String, Object> after = calls.read(caseId);
            assertThat(after.get("status")).isEqualTo("CLOSED");
            assertThat(after.get("version")).as("exactly one transition won").isEqualTo(3);
            assertThat(after.get("closeReason"))
                    .isEqualTo(cancelled.get() == 200 ? "BUYER_CANCELLED" : "BUYER_REVISE_TIMEOUT");
            assertNothingHeld(orderId, caseId);
            winners.add(after.get("closeReason").toString());
        }
        System.out.printf("cancel vs T_REVISE expiry, %d rounds, winners: %s%n", ROUNDS, winners);
    }

    @Test
    void cancelRacingTheSellerShippingNeverDeadlocksAndReleasesOnce() throws Exception {
        CaseCalls calls = new CaseCalls(mvc, clock);
        for (int round = 0; round < ROUNDS; round++) {
            String orderId = calls.order();
            Object caseId = calls.opened(orderId, "REFUND_ONLY", "NOT_RECEIVED", 6000L).get("caseId");

            AtomicInteger turn = new AtomicInteger();
            AtomicInteger cancelled = new AtomicInteger();
            Race.run(2, () -> {
                if (turn.getAndIncrement() == 0) {
                    cancelled.set(calls.act(BUYER, caseId, "cancel", Map.of("version", 1)).andReturn().getResponse()
                            .getStatus());
                } else {
                    calls.fulfil(orderId, "SHIPPED");
                }
                return null;
            });

            assertThat(cancelled.get()).as("cancel in round %d", round).isIn(200, 409);
            assertThat(deliveredInTime(orderId)).as("the shipment was delivered without failing").isTrue();
            Map<String, Object> after = calls.read(caseId);
            assertThat(after.get("version")).as("exactly one transition won").isEqualTo(2);
            assertThat(after.get("closeReason")).isEqualTo(cancelled.get() == 200 ? "BUYER_CANCELLED" : "SELLER_SHIPPED");
            assertNothingHeld(orderId, caseId);
        }
    }

    private void assertNothingHeld(String orderId, Object caseId) {
        Order order = orders.find(orderId).orElseThrow();
        assertThat(order.payments().get(0).reservedAmount()).as("released exactly once").isZero();
        assertThat(order.lines().get(0).refunds().reservedAmount()).isZero();
        assertThat(order.lines().get(0).refunds().reservedQuantity()).isZero();
        assertThat(order.shippingReserved()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM after_sale_case_reservation WHERE case_id = ?").param(caseId)
                .query(Long.class).single()).isZero();
    }

    /** Listeners run asynchronously; a failed delivery stays incomplete in the event publication registry. */
    private boolean deliveredInTime(Object mentioning) throws InterruptedException {
        long giveUp = System.currentTimeMillis() + Waiting.PATIENCE.toMillis();
        while (System.currentTimeMillis() < giveUp) {
            long incomplete = jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL"
                            + " AND serialized_event LIKE ?")
                    .param("%" + mentioning + "%").query(Long.class).single();
            if (incomplete == 0) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
