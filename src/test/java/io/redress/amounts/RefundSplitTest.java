package io.redress.amounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.redress.amounts.QuoteRequest.Units;
import io.redress.orders.Order;
import io.redress.orders.RefundSplit;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefundSplitTest {

    static final Order ORDER = AnOrder.order("S").line("X", 1, 5000).line("Y", 1, 3000).shipping(800)
            .paidWith(3, 1).build();
    static final RefundQuote WHOLE = RefundAmounts.quote(ORDER, new QuoteRequest(RefundType.REFUND_ONLY,
            RefundReason.NO_REASON, List.of(new Units("X", 1), new Units("Y", 1))), AmountRules.DEFAULTS, Instant.now());

    @Test
    void fullSplitIsTheQuoteItself() {
        RefundSplit split = WHOLE.split();

        assertThat(split.lines()).extracting(RefundSplit.Line::lineId, RefundSplit.Line::quantity, RefundSplit.Line::amount)
                .containsExactly(tuple("X", 1, 5000L), tuple("Y", 1, 3000L));
        assertThat(split.shippingAmount()).isEqualTo(800);
        assertThat(split.payments()).extracting(RefundSplit.Payment::amount).containsExactly(6600L, 2200L);
    }

    @Test
    void lowerAgreedAmountIsSpreadInProportionAndSumsExactly() {
        RefundSplit split = WHOLE.split(4401);

        assertThat(split.lines()).extracting(RefundSplit.Line::amount).containsExactly(2501L, 1500L);
        assertThat(split.shippingAmount()).isEqualTo(400);
        assertThat(split.payments()).extracting(RefundSplit.Payment::amount).containsExactly(3301L, 1100L);
    }

    @Test
    void moreThanTheQuoteIsRefused() {
        assertThatThrownBy(() -> WHOLE.split(8801)).isInstanceOf(IllegalArgumentException.class);
    }
}
