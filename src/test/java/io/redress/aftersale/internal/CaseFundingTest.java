package io.redress.aftersale.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.ledger.RefundFunding;
import io.redress.ledger.SampleOrders;
import io.redress.orders.Order;
import io.redress.orders.RefundSplit;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseFundingTest {

    final Order order = SampleOrders.domainExample("order-1", "buyer-1", "shop-1");

    @Test
    void fullRefundOfLineCReturnsTheWholePlatformSubsidyAsDomainSixNine() {
        RefundFunding funding = CaseFunding.of(order, new RefundSplit(List.of(new RefundSplit.Line("C", 3, 3922)),
                List.of(new RefundSplit.Payment("pay-1", 3922)), 0));

        assertThat(funding.cashAmount()).isEqualTo(3922);
        assertThat(funding.platformAmount()).isEqualTo(273);
        assertThat(funding.pointsAmount()).isEqualTo(91);
        assertThat(funding.sellerAmount()).isEqualTo(4286);
    }

    @Test
    void partialRefundReturnsTheSubsidyInProportionRoundedDown() {
        RefundFunding funding = CaseFunding.of(order, new RefundSplit(List.of(new RefundSplit.Line("C", 1, 1961)),
                List.of(new RefundSplit.Payment("pay-1", 1000), new RefundSplit.Payment("pay-2", 961)), 0));

        assertThat(funding.cashAmount()).isEqualTo(1961);
        assertThat(funding.platformAmount()).isEqualTo(136);
        assertThat(funding.pointsAmount()).isEqualTo(45);
    }
}
