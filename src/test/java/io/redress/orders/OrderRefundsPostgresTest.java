package io.redress.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.RedressPostgresTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
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

    String exampleOrder() throws Exception {
        return OrderJson.pushExample(mvc);
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

    @Test
    void everyPartMovesInTheOneStatement() throws Exception {
        String id = exampleOrder();
        RefundSplit all = new RefundSplit(List.of(new RefundSplit.Line("L1", 1, 8900)),
                List.of(new RefundSplit.Payment("P1", 9700)), 800);
        refunds.reserve(id, all);
        refunds.settle(id, all);

        Order order = orders.find(id).orElseThrow();
        assertThat(order.lines().get(0).refunds()).isEqualTo(new LineRefunds(1, 8900, 0, 0));
        assertThat(order.payments().get(0).refundedAmount()).isEqualTo(9700);
        assertThat(order.payments().get(0).reservedAmount()).isZero();
        assertThat(order.shippingRefunded()).isEqualTo(800);
        assertThat(order.shippingReserved()).isZero();
    }

    @Test
    void aPartTheStatementDidNotMoveIsRefusedByNameAndTheOthersAreUndone() throws Exception {
        String id = exampleOrder();
        RefundSplit paymentTooLarge = new RefundSplit(List.of(new RefundSplit.Line("L1", 1, 9400)),
                List.of(new RefundSplit.Payment("P1", 19601)), 100);

        assertThatThrownBy(() -> refunds.reserve(id, paymentTooLarge))
                .isInstanceOf(RefundExceedsPaid.class).hasMessageContaining("payment P1");

        Order order = orders.find(id).orElseThrow();
        assertThat(order.lines().get(0).refunds()).isEqualTo(LineRefunds.NONE);
        assertThat(order.payments().get(0).reservedAmount()).isZero();
        assertThat(order.shippingReserved()).isZero();
    }

    @Test
    void aPaymentTheOrderDoesNotHaveIsAnErrorThatNamesIt() throws Exception {
        String id = exampleOrder();
        assertThatThrownBy(() -> refunds.reserve(id, new RefundSplit(List.of(new RefundSplit.Line("L1", 1, 100)),
                List.of(new RefundSplit.Payment("P9", 100)), 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("payment P9");
        assertThat(orders.find(id).orElseThrow().lines().get(0).refunds()).isEqualTo(LineRefunds.NONE);
    }

    @Test
    void aSplitThatNamesALineTwiceMovesItTwice() throws Exception {
        String id = exampleOrder();
        refunds.reserve(id, new RefundSplit(List.of(new RefundSplit.Line("L1", 1, 100), new RefundSplit.Line("L1", 1, 50)),
                List.of(new RefundSplit.Payment("P1", 150)), 0));

        assertThat(orders.find(id).orElseThrow().lines().get(0).refunds()).isEqualTo(new LineRefunds(0, 0, 2, 150));
    }

    /** Runs the reservation from many threads at once; answers how many succeeded (the rest must be refused). */
    private static int race(int threads, Runnable reservation) throws Exception {
        return (int) Race.run(threads, () -> {
            try {
                reservation.run();
                return true;
            } catch (RefundExceedsPaid refused) {
                return false;
            }
        }).stream().filter(succeeded -> succeeded).count();
    }
}
