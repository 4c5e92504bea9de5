package io.redress.amounts;

import static io.redress.amounts.RefundReason.QUALITY;
import static io.redress.amounts.RefundType.EXCHANGE;
import static io.redress.amounts.RefundType.REFUND_ONLY;
import static io.redress.amounts.RefundType.RETURN_AND_REFUND;
import static io.redress.orders.DiscountKind.FULL_REDUCTION;
import static io.redress.orders.DiscountKind.POINTS;
import static io.redress.orders.DiscountKind.SHOP_COUPON;
import static io.redress.orders.Funder.PLATFORM;
import static io.redress.orders.Funder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.redress.amounts.QuoteRequest.Units;
import io.redress.amounts.RefundQuote.InKind;
import io.redress.amounts.RefundQuote.LineAmount;
import io.redress.orders.Order;
import io.redress.orders.RefundSplit;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edges of the amount rules: thresholds met exactly, zero amounts, what goes back in kind, shipping already taken. */
class AmountBoundariesTest {

    static final Instant SHIPPED = Instant.parse("2026-11-21T02:00:00Z");
    static final Instant SIGNED = Instant.parse("2026-11-22T02:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    static RefundQuote quote(Order order, RefundType type, Units... units) {
        return RefundAmounts.quote(order, new QuoteRequest(type, QUALITY, List.of(units)), AmountRules.DEFAULTS, NOW);
    }

    static List<Rule> rules(LineAmount line) {
        return line.steps().stream().map(Step::rule).toList();
    }

    @Test
    void anOrderThatMetItsThresholdExactlyLosesTheDiscountWhenAnItemGoesBack() {
        Order order = AnOrder.order("T").line("A", 1, 10000).line("B", 1, 10000)
                .discount("SHOP", SHOP_COUPON, 2000, SELLER, 20000L, "A", "B").fulfilled(SHIPPED, SIGNED).build();

        LineAmount b = quote(order, RETURN_AND_REFUND, new Units("B", 1)).lines().get(0);

        assertThat(rules(b)).containsExactly(Rule.PAID_SHARE, Rule.THRESHOLD_LOST);
        assertThat(b.amount()).isEqualTo(10000 - 1000 - 1000);
    }

    @Test
    void itemsKeptExactlyAtTheThresholdKeepTheDiscount() {
        Order order = AnOrder.order("T").line("A", 1, 10000).line("B", 1, 5000).line("C", 1, 5000)
                .discount("SHOP", SHOP_COUPON, 2000, SELLER, 15000L, "A", "B", "C").fulfilled(SHIPPED, SIGNED).build();

        LineAmount c = quote(order, RETURN_AND_REFUND, new Units("C", 1)).lines().get(0);

        assertThat(rules(c)).containsExactly(Rule.PAID_SHARE);
        assertThat(c.amount()).isEqualTo(order.line("C").orElseThrow().paidAmount()).isEqualTo(4500);
    }

    @Test
    void aKeptGiftWorthExactlyThePaidShareLeavesZeroWithoutALiftToZero() {
        Order order = AnOrder.order("T").line("A", 1, 1000).gift("G", 1, 1000, "A").fulfilled(SHIPPED, SIGNED).build();

        RefundQuote quote = RefundAmounts.quote(order, new QuoteRequest(RETURN_AND_REFUND, QUALITY,
                List.of(new Units("A", 1)), List.of(new Units("G", 1))), AmountRules.DEFAULTS, NOW);

        assertThat(rules(quote.lines().get(0))).containsExactly(Rule.PAID_SHARE, Rule.GIFT_NOT_RETURNED);
        assertThat(quote.maxRefundable()).isZero();
    }

    @Test
    void anExchangeListsOnlyTheLinesAskedFor() {
        Order order = AnOrder.order("T").line("A", 1, 1000).line("B", 1, 2000).fulfilled(SHIPPED, SIGNED).build();

        assertThat(quote(order, EXCHANGE, new Units("B", 1)).lines()).extracting(LineAmount::lineId).containsExactly("B");
    }

    @Test
    void aCouponComesBackWithTheLastUnitItCoveredButAFullReductionNeverAndPointsOnlyWithTheirLines() {
        Order order = AnOrder.order("T").line("A", 2, 10000).line("B", 1, 10000)
                .discount("SHOP", SHOP_COUPON, 1000, SELLER, null, "A")
                .discount("FULL", FULL_REDUCTION, 500, SELLER, null, "A")
                .discount("PTS", POINTS, 300, PLATFORM, null, "A").fulfilled(SHIPPED, SIGNED).build();

        assertThat(quote(order, RETURN_AND_REFUND, new Units("B", 1)).returnedInKind()).isEmpty();
        RefundQuote oneOfA = quote(order, RETURN_AND_REFUND, new Units("A", 1));
        assertThat(oneOfA.returnedInKind()).extracting(InKind::discountId, InKind::amount).containsExactly(tuple("PTS", 150L));
        assertThat(quote(order, RETURN_AND_REFUND, new Units("A", 2)).returnedInKind())
                .extracting(InKind::discountId, InKind::amount).containsExactly(tuple("SHOP", 1000L), tuple("PTS", 300L));

        Order halfReturned = Refunds.book(order, oneOfA, false);
        assertThat(quote(halfReturned, RETURN_AND_REFUND, new Units("A", 1)).returnedInKind())
                .extracting(InKind::discountId).containsExactly("SHOP", "PTS");
        Order allOfA = Refunds.book(halfReturned, quote(halfReturned, RETURN_AND_REFUND, new Units("A", 1)), false);
        assertThat(quote(allOfA, RETURN_AND_REFUND, new Units("B", 1)).returnedInKind()).isEmpty();
    }

    @Test
    void anOrderWithoutShippingFeeExplainsNoShipping() {
        Order order = AnOrder.order("T").line("A", 1, 1000).fulfilled(null, null).build();

        RefundQuote quote = quote(order, REFUND_ONLY, new Units("A", 1));

        assertThat(quote.shipping().refunded()).isZero();
        assertThat(quote.shipping().steps()).isEmpty();
    }

    @Test
    void shippingAlreadyRefundedOrHeldByAnOpenCaseIsNotRefundedAgain() {
        Order order = AnOrder.order("T").line("A", 1, 1000).shipping(800).fulfilled(null, null).build();
        Order refunded = withShipping(order, 300, 0);
        Order held = withShipping(order, 0, 300);

        assertThat(quote(order, REFUND_ONLY, new Units("A", 1)).shipping().refunded()).isEqualTo(800);
        assertThat(quote(refunded, REFUND_ONLY, new Units("A", 1)).shipping().refunded()).isEqualTo(500);
        assertThat(quote(held, REFUND_ONLY, new Units("A", 1)).shipping().refunded()).isEqualTo(500);
    }

    @Test
    void aRefundOfNothingSplitsIntoZeros() {
        Order order = AnOrder.order("T").line("A", 1, 1000).line("B", 1, 3000).shipping(800).paidWith(1, 3)
                .fulfilled(null, null).build();

        RefundSplit split = quote(order, REFUND_ONLY, new Units("A", 1), new Units("B", 1)).split(0);

        assertThat(split.lines()).extracting(RefundSplit.Line::amount).containsExactly(0L, 0L);
        assertThat(split.payments()).extracting(RefundSplit.Payment::amount).containsExactly(0L, 0L);
        assertThat(split.shippingAmount()).isZero();
    }

    private static Order withShipping(Order o, long refunded, long reserved) {
        return new Order(o.orderId(), o.buyerId(), o.shopId(), o.currency(), o.placedAt(), o.paidAt(), o.lines(),
                o.discounts(), o.shippingFee(), o.freeShipping(), refunded, reserved, o.payments());
    }
}
