package io.redress.amounts;

import static io.redress.amounts.RefundReason.NO_REASON;
import static io.redress.amounts.RefundReason.QUALITY;
import static io.redress.amounts.RefundType.REFUND_ONLY;
import static io.redress.amounts.RefundType.RETURN_AND_REFUND;
import static io.redress.orders.DiscountKind.FULL_REDUCTION;
import static io.redress.orders.DiscountKind.PLATFORM_COUPON;
import static io.redress.orders.DiscountKind.POINTS;
import static io.redress.orders.DiscountKind.SHOP_COUPON;
import static io.redress.orders.Funder.PLATFORM;
import static io.redress.orders.Funder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.redress.amounts.QuoteRequest.Units;
import io.redress.amounts.RefundQuote.LineAmount;
import io.redress.orders.LineRefunds;
import io.redress.orders.NoReasonReturn;
import io.redress.orders.Order;
import io.redress.orders.PaymentMethod;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The worked examples of docs/amounts.md, with the same numbers. */
class AmountExamplesTest {

    static final Instant SHIPPED = Instant.parse("2025-03-02T01:00:00Z");
    static final Instant SIGNED = Instant.parse("2025-03-03T07:20:00Z"); // 15:20 in Shanghai
    static final Instant NOW = Instant.parse("2025-03-05T02:00:00Z");
    static final AmountRules IGNORE = new AmountRules(ThresholdPolicy.IGNORE, Duration.ofHours(168), ZoneId.of("Asia/Shanghai"));

    /** docs/amounts.md: A 2 × 3990, B 1 × 12900, C 3 × 1550; shop 满200减20, platform coupon 1500, points 500. */
    static AnOrder abc() {
        return AnOrder.order("ABC").line("A", 2, 3990).line("B", 1, 12900).line("C", 3, 1550)
                .discount("SHOP", SHOP_COUPON, 2000, SELLER, 20000L)
                .discount("PLAT", PLATFORM_COUPON, 1500, PLATFORM, null)
                .discount("PTS", POINTS, 500, PLATFORM, null)
                .fulfilled(SHIPPED, SIGNED);
    }

    static RefundQuote quote(Order order, RefundType type, RefundReason reason, Units... units) {
        return RefundAmounts.quote(order, new QuoteRequest(type, reason, List.of(units)), AmountRules.DEFAULTS, NOW);
    }

    static Units units(String lineId, int quantity) {
        return new Units(lineId, quantity);
    }

    @Test
    void example1_apiExampleKeptUnitBelowCouponThresholdIsSettledAtFullPrice() {
        Order order = AnOrder.order("T20261126001").line("L1", 2, 9900)
                .discount("D1", SHOP_COUPON, 1000, SELLER, 15000L, "L1").shipping(800)
                .fulfilled(SHIPPED, SIGNED).build();

        RefundQuote quote = quote(order, RETURN_AND_REFUND, NO_REASON, units("L1", 1));

        assertThat(quote.maxRefundable()).isEqualTo(8900);
        assertThat(quote.lines().get(0).steps()).extracting(Step::rule, Step::amount, s -> s.label(Locale.ENGLISH))
                .containsExactly(tuple(Rule.PAID_SHARE, 9400L, "paid for 1 of 2 after discounts"),
                        tuple(Rule.THRESHOLD_LOST, -500L, "kept items no longer reach the ¥150 spend of the ¥10-off-¥150 discount; they are charged without it"));
        assertThat(quote.shipping().refunded()).isZero();
        assertThat(quote.shipping().returnShippingPayer()).isEqualTo(ShippingPayer.BUYER);
        assertThat(quote.byPayment()).extracting(RefundQuote.PaymentAmount::amount).containsExactly(8900L);
        assertThat(quote.byFunder()).containsEntry(SELLER, 8900L).containsEntry(PLATFORM, 0L);
        assertThat(quote.eligible()).isTrue();
    }

    @Test
    void example2_apportionmentFreezesPaidAmountsOfDomainExample() {
        Order order = abc().build();

        assertThat(order.lines()).extracting(l -> l.paidAmount()).containsExactly(6730L, 10878L, 3922L);
    }

    @Test
    void example3_returningBBreaksShopCouponAndClawsBackKeptShares() {
        RefundQuote quote = quote(abc().build(), RETURN_AND_REFUND, NO_REASON, units("B", 1));

        assertThat(quote.maxRefundable()).isEqualTo(9889);
        assertThat(quote.lines().get(0).steps()).extracting(Step::rule, Step::amount)
                .containsExactly(tuple(Rule.PAID_SHARE, 10878L), tuple(Rule.THRESHOLD_LOST, -989L));
        assertThat(quote.byFunder()).containsEntry(SELLER, 10900L).containsEntry(PLATFORM, -1011L);
        assertThat(quote.returnedInKind()).extracting(RefundQuote.InKind::discountId, RefundQuote.InKind::amount)
                .containsExactly(tuple("PTS", 253L));
    }

    @Test
    void example4_unitsOfLineCSumToItsPaidAmount() {
        Order fresh = abc().build();
        Order oneRefunded = abc().refunded("C", new LineRefunds(1, 1307, 0, 0)).build();
        Order twoTaken = abc().refunded("C", new LineRefunds(1, 1307, 1, 1307)).build();

        assertThat(quote(fresh, RETURN_AND_REFUND, NO_REASON, units("C", 1)).maxRefundable()).isEqualTo(1307);
        assertThat(quote(oneRefunded, RETURN_AND_REFUND, NO_REASON, units("C", 1)).maxRefundable()).isEqualTo(1307);
        assertThat(quote(twoTaken, RETURN_AND_REFUND, NO_REASON, units("C", 1)).maxRefundable()).isEqualTo(1308);
    }

    @Test
    void example5_splitOverHuabeiAndBalanceIsProportionalToWhatEachCanTakeBack() {
        Order order = abc().payment("HB", PaymentMethod.ALIPAY_HUABEI, 15000)
                .payment("BAL", PaymentMethod.ALIPAY_BALANCE, 6530).build();

        RefundQuote quote = RefundAmounts.quote(order,
                new QuoteRequest(RETURN_AND_REFUND, NO_REASON, List.of(units("B", 1))), IGNORE, NOW);

        assertThat(quote.maxRefundable()).isEqualTo(10878);
        assertThat(quote.byPayment()).extracting(RefundQuote.PaymentAmount::paymentId, RefundQuote.PaymentAmount::amount)
                .containsExactly(tuple("HB", 7579L), tuple("BAL", 3299L));
    }

    @Test
    void example6_platformTakesBackItsSubsidyAndPointsReturnInKind() {
        RefundQuote quote = quote(abc().build(), RETURN_AND_REFUND, NO_REASON, units("C", 3));

        assertThat(quote.maxRefundable()).isEqualTo(3922);
        assertThat(quote.byFunder()).containsEntry(SELLER, 4286L).containsEntry(PLATFORM, -364L);
        assertThat(quote.returnedInKind()).extracting(RefundQuote.InKind::discountId, RefundQuote.InKind::amount)
                .containsExactly(tuple("PTS", 91L));
    }

    @Test
    void example7_clawedBackDiscountComesBackWhenTheKeptItemsAreReturned() {
        Order afterB = abc().refunded("B", new LineRefunds(1, 9889, 0, 0)).build();

        RefundQuote a = quote(afterB, RETURN_AND_REFUND, NO_REASON, units("A", 2));

        assertThat(a.maxRefundable()).isEqualTo(7355);
        assertThat(a.lines()).extracting(LineAmount::lineId, LineAmount::quantity, LineAmount::amount)
                .containsExactly(tuple("A", 2, 6730L), tuple("B", 0, 625L));

        Order afterAB = abc().refunded("B", new LineRefunds(1, 10514, 0, 0))
                .refunded("A", new LineRefunds(2, 6730, 0, 0)).build();
        RefundQuote c = quote(afterAB, RETURN_AND_REFUND, NO_REASON, units("C", 3));

        assertThat(c.maxRefundable()).isEqualTo(4286);
        assertThat(9889 + 7355 + c.maxRefundable()).isEqualTo(21530);
    }

    @Test
    void example8_unshippedOrderGetsShippingBackWithItsLastLine() {
        AnOrder order = AnOrder.order("U").line("X", 1, 5000).line("Y", 1, 3000).shipping(800);

        RefundQuote first = quote(order.build(), REFUND_ONLY, NO_REASON, units("X", 1));
        RefundQuote last = quote(order.refunded("X", new LineRefunds(1, 5000, 0, 0)).build(), REFUND_ONLY, NO_REASON,
                units("Y", 1));

        assertThat(first.maxRefundable()).isEqualTo(5000);
        assertThat(first.shipping().refunded()).isZero();
        assertThat(last.maxRefundable()).isEqualTo(3800);
        assertThat(last.shipping().refunded()).isEqualTo(800);
        assertThat(last.shipping().returnShippingPayer()).isEqualTo(ShippingPayer.NONE);
        assertThat(first.eligible()).isTrue();
    }

    @Test
    void example9_qualityReturnOfWholeOrderRefundsShippingAndSellerPaysReturnLeg() {
        Order order = AnOrder.order("Q").line("K", 1, 25900)
                .discount("MJ", FULL_REDUCTION, 3000, SELLER, 20000L).shipping(1200)
                .fulfilled(SHIPPED, SIGNED).build();

        RefundQuote quality = quote(order, RETURN_AND_REFUND, QUALITY, units("K", 1));
        RefundQuote noReason = quote(order, RETURN_AND_REFUND, NO_REASON, units("K", 1));

        assertThat(quality.maxRefundable()).isEqualTo(24100);
        assertThat(quality.shipping().returnShippingPayer()).isEqualTo(ShippingPayer.SELLER);
        assertThat(noReason.maxRefundable()).isEqualTo(22900);
        assertThat(noReason.shipping().returnShippingPayer()).isEqualTo(ShippingPayer.BUYER);
    }

    @Test
    void example10_giftKeptIsDeductedAtItsDeclaredValue() {
        Order order = AnOrder.order("G").line("M", 1, 19900).gift("G1", 1, 1500, "M")
                .fulfilled(SHIPPED, SIGNED).build();

        RefundQuote quote = RefundAmounts.quote(order, new QuoteRequest(RETURN_AND_REFUND, NO_REASON,
                List.of(units("M", 1)), List.of(units("G1", 1))), AmountRules.DEFAULTS, NOW);

        assertThat(quote.maxRefundable()).isEqualTo(18400);
        assertThat(quote.lines().get(0).steps()).extracting(Step::rule, Step::amount)
                .containsExactly(tuple(Rule.PAID_SHARE, 19900L), tuple(Rule.GIFT_NOT_RETURNED, -1500L));
        assertThat(quote.eligible()).isTrue();
    }

    @Test
    void example11_noReasonWindowRunsFromMidnightAfterSigningFor168Hours() {
        Order order = AnOrder.order("W").line("S", 1, 9900).fulfilled(SHIPPED, SIGNED).build();
        QuoteRequest request = new QuoteRequest(RETURN_AND_REFUND, NO_REASON, List.of(units("S", 1)));

        RefundQuote lastMinute = RefundAmounts.quote(order, request, AmountRules.DEFAULTS, Instant.parse("2025-03-10T15:59:59Z"));
        RefundQuote closed = RefundAmounts.quote(order, request, AmountRules.DEFAULTS, Instant.parse("2025-03-10T16:00:00Z"));

        assertThat(lastMinute.eligible()).isTrue();
        assertThat(closed.eligible()).isFalse();
        assertThat(closed.ineligibleReasons()).extracting(r -> r.label(Locale.ENGLISH))
                .containsExactly("The seven-day no-reason return period for this item ended at 2025-03-11 00:00.");
        assertThat(closed.ineligibleReasons()).extracting(r -> r.label(Locale.SIMPLIFIED_CHINESE))
                .containsExactly("该商品的七天无理由退货期已于2025-03-11 00:00结束。");
        assertThat(closed.maxRefundable()).isEqualTo(9900);
    }

    @Test
    void example12_perishableGoodsAreRefusedForNoReasonButNotForQuality() {
        Order order = AnOrder.order("F").line("FISH", 1, 8800, false, NoReasonReturn.EXCLUDED_PERISHABLE)
                .fulfilled(SHIPPED, SIGNED).build();

        RefundQuote noReason = quote(order, RETURN_AND_REFUND, NO_REASON, units("FISH", 1));
        RefundQuote quality = quote(order, RETURN_AND_REFUND, QUALITY, units("FISH", 1));

        assertThat(noReason.eligible()).isFalse();
        assertThat(noReason.ineligibleReasons()).extracting(Ineligibility::code).containsExactly(Phrase.EXCLUDED_PERISHABLE);
        assertThat(quality.eligible()).isTrue();
        assertThat(quality.maxRefundable()).isEqualTo(8800);
    }

    @Test
    void example13_earlierAmountOnlyRefundCapsWhatTheLineCanStillGive() {
        Order order = AnOrder.order("PP").line("TV", 1, 299900).fulfilled(SHIPPED, SIGNED)
                .refunded("TV", new LineRefunds(0, 20000, 0, 0)).build();

        RefundQuote quote = quote(order, RETURN_AND_REFUND, QUALITY, units("TV", 1));

        assertThat(quote.maxRefundable()).isEqualTo(279900);
        assertThat(quote.lines().get(0).steps()).extracting(Step::rule, Step::amount)
                .containsExactly(tuple(Rule.PAID_SHARE, 299900L), tuple(Rule.ALREADY_REFUNDED, -20000L));
    }

    @Test
    void example14_openCaseHoldingAnAmountCapsTheLineAsInFlight() {
        Order order = AnOrder.order("PP2").line("TV", 1, 299900).fulfilled(SHIPPED, SIGNED)
                .refunded("TV", new LineRefunds(0, 0, 0, 20000)).build();

        RefundQuote quote = quote(order, RETURN_AND_REFUND, QUALITY, units("TV", 1));

        assertThat(quote.maxRefundable()).isEqualTo(279900);
        assertThat(quote.lines().get(0).steps()).extracting(Step::rule, Step::amount)
                .containsExactly(tuple(Rule.PAID_SHARE, 299900L), tuple(Rule.IN_FLIGHT, -20000L));
    }
}
