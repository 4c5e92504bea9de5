package io.redress.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressPostgresTest;
import io.redress.orders.OrderJson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@RedressPostgresTest
class OrderIntakePostgresTest {

    @Autowired
    OrderIntake intake;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSameOrderPushedConcurrentlyIsStoredOnceAndEveryCallerGetsIt() throws Exception {
        String id = OrderJson.freshId();
        OrderSubmission submission = JsonMapper.shared()
                .readValue(OrderJson.write(OrderJson.example(id)), OrderSubmission.class);

        List<OrderIntake.Receipt> receipts = all(8, () -> intake.receive(submission));

        assertThat(receipts).filteredOn(OrderIntake.Receipt::created).hasSize(1);
        assertThat(receipts).extracting(OrderIntake.Receipt::order).containsOnly(receipts.get(0).order());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM order_lines WHERE order_id = ?").param(id).query(Long.class).single())
                .isEqualTo(1);
    }

    private static <T> List<T> all(int threads, Callable<T> action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return action.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        pool.shutdown();
        return results;
    }
}
