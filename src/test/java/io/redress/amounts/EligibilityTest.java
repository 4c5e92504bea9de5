package io.redress.amounts;

import static io.redress.amounts.RefundReason.NOT_RECEIVED;
import static io.redress.amounts.RefundReason.NO_REASON;
import static io.redress.amounts.RefundReason.QUALITY;
import static io.redress.amounts.RefundType.EXCHANGE;
import static io.redress.amounts.RefundType.REFUND_ONLY;
import static io.redress.amounts.RefundType.RETURN_AND_REFUND;
import static org.assertj.core.api.Assertions.assertThat;

import io.redress.amounts.QuoteRequest.Units;
import io.redress.orders.NoReasonReturn;
import io.redress.orders.Order;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    static final Instant SHIPPED = Instant.parse("2026-11-21T02:00:00Z");
    static final Instant SIGNED = Instant.parse("2026-11-22T02:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    static List<Phrase> refusals(Order order, RefundType type, RefundReason reason, String lineId) {
        RefundQuote quote = RefundAmounts.quote(order, new QuoteRequest(type, reason, List.of(new Units(lineId, 1))),
                AmountRules.DEFAULTS, NOW);
        assertThat(quote.eligible()).isEqualTo(quote.ineligibleReasons().isEmpty());
        return quote.ineligibleReasons().stream().map(Ineligibility::code).toList();
    }

    static Order one(boolean virtual, NoReasonReturn noReason, Instant shipped, Instant signed) {
        return AnOrder.order("E").line("X", 1, 5000, virtual, noReason).fulfilled(shipped, signed).build();
    }

    @Test
    void beforeShipmentOnlyRefundOnlyIsPossible() {
        Order unshipped = one(false, NoReasonReturn.SUPPORTED, null, null);

        assertThat(refusals(unshipped, REFUND_ONLY, NO_REASON, "X")).isEmpty();
        assertThat(refusals(unshipped, RETURN_AND_REFUND, QUALITY, "X")).containsExactly(Phrase.NOT_SHIPPED_REFUND_ONLY);
        assertThat(refusals(unshipped, EXCHANGE, NO_REASON, "X")).containsExactly(Phrase.NOT_SHIPPED_REFUND_ONLY);
    }

    @Test
    void goodsNotReceivedCanOnlyBeRefundedNotReturned() {
        Order inTransit = one(false, NoReasonReturn.SUPPORTED, SHIPPED, null);

        assertThat(refusals(inTransit, REFUND_ONLY, NOT_RECEIVED, "X")).isEmpty();
        assertThat(refusals(inTransit, RETURN_AND_REFUND, NOT_RECEIVED, "X")).containsExactly(Phrase.NOT_RECEIVED_REFUND_ONLY);
        assertThat(refusals(inTransit, RETURN_AND_REFUND, QUALITY, "X")).containsExactly(Phrase.NOT_DELIVERED_YET);
    }

    @Test
    void virtualGoodsAreRefundedWithoutReturnAndNeverWithoutReason() {
        Order virtual = one(true, NoReasonReturn.SUPPORTED, null, null);

        assertThat(refusals(virtual, REFUND_ONLY, QUALITY, "X")).isEmpty();
        assertThat(refusals(virtual, RETURN_AND_REFUND, QUALITY, "X")).containsExactly(Phrase.VIRTUAL_NOT_RETURNABLE);
        assertThat(refusals(virtual, REFUND_ONLY, NO_REASON, "X")).containsExactly(Phrase.VIRTUAL_NO_REASON);
    }

    @Test
    void noReasonRefundOfDeliveredGoodsNeedsTheGoodsBack() {
        Order delivered = one(false, NoReasonReturn.SUPPORTED, SHIPPED, SIGNED);

        assertThat(refusals(delivered, REFUND_ONLY, NO_REASON, "X")).containsExactly(Phrase.NO_REASON_NEEDS_RETURN);
        assertThat(refusals(delivered, RETURN_AND_REFUND, NO_REASON, "X")).isEmpty();
        assertThat(refusals(delivered, EXCHANGE, NO_REASON, "X")).isEmpty();
    }

    @Test
    void everyStatutoryExceptionRefusesNoReasonReturnOnly() {
        for (NoReasonReturn exception : NoReasonReturn.values()) {
            Order order = one(false, exception, SHIPPED, SIGNED);
            List<Phrase> noReason = refusals(order, RETURN_AND_REFUND, NO_REASON, "X");

            assertThat(noReason).hasSize(exception == NoReasonReturn.SUPPORTED ? 0 : 1);
            assertThat(refusals(order, RETURN_AND_REFUND, QUALITY, "X")).isEmpty();
        }
    }

    @Test
    void aGiftIsNotRefundedOnItsOwn() {
        Order order = AnOrder.order("E").line("M", 1, 5000).gift("G", 1, 900, "M").fulfilled(SHIPPED, SIGNED).build();

        assertThat(refusals(order, RETURN_AND_REFUND, QUALITY, "G")).containsExactly(Phrase.GIFT_GOES_WITH_ITEM);
    }

    @Test
    void everyRefusalReadsInBothLanguages() {
        for (Phrase phrase : Phrase.values()) {
            assertThat(phrase.text(Locale.ENGLISH, List.of("a", "b", "c"))).isNotBlank().doesNotContain("{");
            assertThat(phrase.text(Locale.SIMPLIFIED_CHINESE, List.of("a", "b", "c")))
                    .isNotEqualTo(phrase.text(Locale.ENGLISH, List.of("a", "b", "c"))).doesNotContain("{");
        }
    }

    @Test
    void anExchangeMovesNoMoney() {
        Order delivered = one(false, NoReasonReturn.SUPPORTED, SHIPPED, SIGNED);

        RefundQuote quote = RefundAmounts.quote(delivered, new QuoteRequest(EXCHANGE, QUALITY, List.of(new Units("X", 1))),
                AmountRules.DEFAULTS, NOW);

        assertThat(quote.maxRefundable()).isZero();
        assertThat(quote.lines().get(0).steps()).extracting(Step::rule).containsExactly(Rule.EXCHANGE);
        assertThat(quote.shipping().returnShippingPayer()).isEqualTo(ShippingPayer.SELLER);
    }
}
