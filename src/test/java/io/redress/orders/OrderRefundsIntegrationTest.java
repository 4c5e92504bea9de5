package io.redress.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.RedressIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@RedressIntegrationTest
class OrderRefundsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrderRefunds refunds;
    @Autowired
    Orders orders;

    String exampleOrder() throws Exception {
        return OrderJson.pushExample(mvc);
    }

    static RefundSplit split(int quantity, long line, long payment, long shipping) {
        return new RefundSplit(List.of(new RefundSplit.Line("L1", quantity, line)),
                List.of(new RefundSplit.Payment("P1", payment)), shipping);
    }

    @Test
    void settlingTurnsAReservationIntoARefund() throws Exception {
        String id = exampleOrder();
        refunds.reserve(id, split(1, 8900, 9700, 800));
        refunds.settle(id, split(1, 8900, 9700, 800));

        Order order = orders.find(id).orElseThrow();
        assertThat(order.lines().get(0).refunds()).isEqualTo(new LineRefunds(1, 8900, 0, 0));
        assertThat(order.payments().get(0).refundedAmount()).isEqualTo(9700);
        assertThat(order.payments().get(0).remaining()).isEqualTo(9900);
        assertThat(order.shippingRefunded()).isEqualTo(800);
    }

    @Test
    void releasingGivesAReservationBack() throws Exception {
        String id = exampleOrder();
        refunds.reserve(id, split(2, 18800, 18800, 0));
        refunds.release(id, split(2, 18800, 18800, 0));
        refunds.reserve(id, split(2, 18800, 18800, 0));

        assertThat(orders.find(id).orElseThrow().lines().get(0).refunds()).isEqualTo(new LineRefunds(0, 0, 2, 18800));
    }

    @Test
    void aSplitThatExceedsAnyPartChangesNothing() throws Exception {
        String id = exampleOrder();
        assertThatThrownBy(() -> refunds.reserve(id, split(1, 9400, 19601, 0))).isInstanceOf(RefundExceedsPaid.class);

        Order order = orders.find(id).orElseThrow();
        assertThat(order.lines().get(0).refunds()).isEqualTo(LineRefunds.NONE);
        assertThat(order.payments().get(0).reservedAmount()).isZero();
    }

    @Test
    void settlingMoreThanIsReservedIsRefused() throws Exception {
        String id = exampleOrder();
        refunds.reserve(id, split(1, 100, 100, 0));
        assertThatThrownBy(() -> refunds.settle(id, split(1, 101, 100, 0))).isInstanceOf(RefundExceedsPaid.class);
    }

    @Test
    void aLineTheOrderDoesNotHaveIsAnError() throws Exception {
        String id = exampleOrder();
        assertThatThrownBy(() -> refunds.reserve(id,
                new RefundSplit(List.of(new RefundSplit.Line("L9", 1, 1)), List.of(), 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line L9");
    }
}
