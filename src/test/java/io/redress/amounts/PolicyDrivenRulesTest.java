package io.redress.amounts;

import static io.redress.amounts.RefundReason.NO_REASON;
import static io.redress.amounts.RefundReason.QUALITY;
import static io.redress.amounts.RefundType.REFUND_ONLY;
import static io.redress.amounts.RefundType.RETURN_AND_REFUND;
import static org.assertj.core.api.Assertions.assertThat;

import io.redress.amounts.QuoteRequest.Units;
import io.redress.orders.NoReasonReturn;
import io.redress.orders.Order;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The freight rules and category exceptions a policy version gives the engine. */
class PolicyDrivenRulesTest {

    static final Instant SIGNED = Instant.parse("2026-11-22T02:00:00Z");
    static final Instant TEN_DAYS_LATER = SIGNED.plus(Duration.ofDays(10));

    static AmountRules rules(ShippingRules shipping, Map<String, CategoryException> exceptions) {
        return new AmountRules(ThresholdPolicy.CLAW_BACK, Duration.ofHours(168), ZoneId.of("Asia/Shanghai"), shipping,
                exceptions);
    }

    static RefundQuote quote(Order order, RefundType type, RefundReason reason, AmountRules rules, Instant now) {
        return RefundAmounts.quote(order, new QuoteRequest(type, reason, List.of(new Units("X", 1))), rules, now);
    }

    static Order delivered() {
        return AnOrder.order("P").line("X", 1, 5000).shipping(800).fulfilled(SIGNED.minusSeconds(3600), SIGNED)
                .paidWith(1).build();
    }

    @Test
    void aCategoryExcludedFromNoReasonReturnsIsRefusedWhileOthersAreNot() {
        AmountRules excluded = rules(ShippingRules.DEFAULTS, Map.of("general", new CategoryException(false, null)));
        AmountRules other = rules(ShippingRules.DEFAULTS, Map.of("food", new CategoryException(false, null)));

        assertThat(quote(delivered(), RETURN_AND_REFUND, NO_REASON, excluded, SIGNED).ineligibleReasons())
                .extracting(Ineligibility::code).containsExactly(Phrase.CATEGORY_NO_REASON_EXCLUDED);
        assertThat(quote(delivered(), RETURN_AND_REFUND, QUALITY, excluded, SIGNED).eligible()).isTrue();
        assertThat(quote(delivered(), RETURN_AND_REFUND, NO_REASON, other, SIGNED).eligible()).isTrue();
    }

    @Test
    void aCategoryWindowReplacesTheGeneralWindowForThatCategoryOnly() {
        AmountRules fifteenDays = rules(ShippingRules.DEFAULTS,
                Map.of("general", new CategoryException(true, Duration.ofDays(15))));
        AmountRules otherCategory = rules(ShippingRules.DEFAULTS,
                Map.of("textiles", new CategoryException(true, Duration.ofDays(15))));

        assertThat(quote(delivered(), RETURN_AND_REFUND, NO_REASON, fifteenDays, TEN_DAYS_LATER).eligible()).isTrue();
        assertThat(quote(delivered(), RETURN_AND_REFUND, NO_REASON, otherCategory, TEN_DAYS_LATER).ineligibleReasons())
                .extracting(Ineligibility::code).containsExactly(Phrase.NO_REASON_WINDOW_CLOSED);
    }

    @Test
    void whoBearsFreightFollowsThePolicysShippingRules() {
        ShippingRules sellerPaysReturns = new ShippingRules(true, false, ShippingPayer.SELLER, ShippingPayer.SELLER);

        RefundQuote byDefault = quote(delivered(), RETURN_AND_REFUND, QUALITY, AmountRules.DEFAULTS, SIGNED);
        RefundQuote changed = quote(delivered(), RETURN_AND_REFUND, QUALITY, rules(sellerPaysReturns, Map.of()), SIGNED);
        assertThat(byDefault.shipping().refunded()).isEqualTo(800);
        assertThat(changed.shipping().refunded()).isZero();
        assertThat(changed.maxRefundable()).isEqualTo(5000);

        assertThat(quote(delivered(), RETURN_AND_REFUND, NO_REASON, AmountRules.DEFAULTS, SIGNED)
                .shipping().returnShippingPayer()).isEqualTo(ShippingPayer.BUYER);
        assertThat(quote(delivered(), RETURN_AND_REFUND, NO_REASON, rules(sellerPaysReturns, Map.of()), SIGNED)
                .shipping().returnShippingPayer()).isEqualTo(ShippingPayer.SELLER);
    }

    @Test
    void nothingShippedKeepsTheFreightWithTheBuyerWhenThePolicySaysSo() {
        Order unshipped = AnOrder.order("U").line("X", 1, 5000).shipping(800).paidWith(1).build();
        ShippingRules buyerBears = new ShippingRules(false, true, ShippingPayer.SELLER, ShippingPayer.BUYER);

        assertThat(quote(unshipped, REFUND_ONLY, NO_REASON, AmountRules.DEFAULTS, SIGNED).shipping().refunded())
                .isEqualTo(800);
        assertThat(quote(unshipped, REFUND_ONLY, NO_REASON, rules(buyerBears, Map.of()), SIGNED).shipping().refunded())
                .isZero();
    }
}
