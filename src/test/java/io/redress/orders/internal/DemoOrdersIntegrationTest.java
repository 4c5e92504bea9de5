package io.redress.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressIntegrationTest;
import io.redress.orders.DiscountShare;
import io.redress.orders.NoReasonReturn;
import io.redress.orders.Order;
import io.redress.orders.OrderLine;
import io.redress.orders.Orders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@RedressIntegrationTest
class DemoOrdersIntegrationTest {

    @Autowired
    Orders orders;
    @Autowired
    JdbcClient jdbc;

    Order demo(int number) {
        return orders.find("DEMO-" + number).orElseThrow();
    }

    @Test
    void demoModeSeedsTwentyOrders() {
        assertThat(IntStream.rangeClosed(1001, 1021).mapToObj(n -> orders.find("DEMO-" + n))).allMatch(o -> o.isPresent());
    }

    @Test
    void theApiExampleOrderIsSeededAsDocumented() {
        Order order = demo(1001);
        assertThat(order.totalPaid()).isEqualTo(19600);
        assertThat(order.lines().get(0).paidAmount()).isEqualTo(18800);
        assertThat(order.lines().get(0).signed()).isTrue();
    }

    @Test
    void theDomainApportionmentExampleIsSeededWithItsFrozenShares() {
        Order order = demo(1002);
        assertThat(order.lines()).extracting(OrderLine::paidAmount).containsExactly(6730L, 10878L, 3922L);
        assertThat(order.line("B").orElseThrow().discountShares()).extracting(DiscountShare::amount)
                .containsExactly(1011L, 758L, 253L);
        assertThat(order.payments()).extracting(p -> p.amount()).containsExactly(15000L, 6530L);
    }

    @Test
    void demoOrdersCoverTheFulfilmentStatesTheAfterSaleFlowsNeed() {
        Instant latestSeeding = jdbc.sql("SELECT MAX(received_at) AS seeded_at FROM orders WHERE order_id LIKE 'DEMO-%'")
                .query((rs, n) -> JdbcOrders.instant(rs, "seeded_at")).single();
        assertThat(demo(1003).lines().get(0).shipped()).isFalse();
        assertThat(demo(1004).lines().get(0).shipped()).isTrue();
        assertThat(demo(1004).lines().get(0).signed()).isFalse();
        assertThat(Duration.between(demo(1005).lines().get(0).signedAt(), latestSeeding)).isLessThan(Duration.ofDays(1));
        assertThat(Duration.between(demo(1006).lines().get(0).signedAt(), latestSeeding)).isGreaterThan(Duration.ofDays(9));
        assertThat(demo(1017).lines()).extracting(OrderLine::signed).containsExactly(true, false);
    }

    @Test
    void demoOrdersCoverGiftsAndStatutoryExceptions() {
        assertThat(demo(1007).freeShipping()).isTrue();
        assertThat(demo(1008).lines().get(0).virtual()).isTrue();
        assertThat(demo(1009).lines().get(0).noReasonReturn()).isEqualTo(NoReasonReturn.EXCLUDED_CUSTOM_MADE);
        assertThat(demo(1010).lines().get(0).noReasonReturn()).isEqualTo(NoReasonReturn.EXCLUDED_PERISHABLE);
        OrderLine gift = demo(1011).line("G1").orElseThrow();
        assertThat(List.of(gift.gift(), gift.giftValue(), gift.giftFor())).containsExactly(true, 3900L, "L1");
        assertThat(gift.discountShares()).isEmpty();
    }
}
