package io.redress.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressPostgresTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@RedressPostgresTest
class OrderRefundsPostgresTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRefunds refunds;
    @Autowired
    Orders orders;
    @Autowired
    JdbcClient jdbc;

    /** The API.md example: line L1 2 units paid 18800, payment P1 19600, shipping 800. */
    String exampleOrder() throws Exception {
        String id = OrderJson.freshId();
        mvc.perform(post("/api/v1/orders").with(Callers.marketplace()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(OrderJson.example(id))))
                .andExpect(status().isCreated());
        return id;
    }

    @Test
    void concurrentReservationsNeverExceedWhatWasPaid() throws Exception {
        String id = exampleOrder();
        RefundSplit each = new RefundSplit(List.of(new RefundSplit.Line("L1", 0, 3000)),
                List.of(new RefundSplit.Payment("P1", 3000)), 150);

        int succeeded = race(16, () -> refunds.reserve(id, each));

        Order order = orders.find(id).orElseThrow();
        assertThat(succeeded).isEqualTo(5); // shipping 800 allows 5 × 150; the line would allow 6
        assertThat(order.lines().get(0).refunds().reservedAmount()).isEqualTo(15000);
        assertThat(order.payments().get(0).reservedAmount()).isEqualTo(15000);
        assertThat(order.shippingReserved()).isEqualTo(750);
    }

    @Test
    void concurrentReservationsNeverTakeMoreUnitsThanWereBought() throws Exception {
        String id = exampleOrder();
        RefundSplit oneUnit = new RefundSplit(List.of(new RefundSplit.Line("L1", 1, 100)), List.of(), 0);

        int succeeded = race(12, () -> refunds.reserve(id, oneUnit));

        assertThat(succeeded).isEqualTo(2);
        assertThat(orders.find(id).orElseThrow().lines().get(0).refunds().reservedQuantity()).isEqualTo(2);
    }

    @Test
    void theDatabaseItselfRefusesRefundingMoreThanWasPaid() throws Exception {
        String id = exampleOrder();
        assertThatThrownBy(() -> jdbc.sql("UPDATE order_lines SET refunded_amount = paid_amount + 1 WHERE order_id = ?")
                .param(id).update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE order_payments SET reserved_amount = 1, refunded_amount = amount WHERE order_id = ?")
                .param(id).update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE orders SET shipping_refunded = shipping_fee + 1 WHERE order_id = ?")
                .param(id).update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    /** Runs the action from many threads at once; answers how many succeeded (the rest must be refused). */
    private static int race(int threads, Runnable action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    action.run();
                    return true;
                } catch (RefundExceedsPaid refused) {
                    return false;
                }
            }));
        }
        start.countDown();
        int succeeded = 0;
        for (Future<Boolean> result : results) {
            succeeded += result.get() ? 1 : 0;
        }
        pool.shutdown();
        return succeeded;
    }
}
