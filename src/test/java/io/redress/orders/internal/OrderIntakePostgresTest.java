package io.redress.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressPostgresTest;
import io.redress.orders.OrderJson;
import io.redress.orders.Race;
import java.util.List;
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

        List<OrderIntake.Receipt> receipts = Race.run(8, () -> intake.receive(submission));

        assertThat(receipts).filteredOn(OrderIntake.Receipt::created).hasSize(1);
        assertThat(receipts).extracting(OrderIntake.Receipt::order).containsOnly(receipts.get(0).order());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM order_lines WHERE order_id = ?").param(id).query(Long.class).single())
                .isEqualTo(1);
    }
}
