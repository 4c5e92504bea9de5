package io.redress.amounts;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.amounts.QuoteRequest.Units;
import io.redress.orders.LineRefunds;
import io.redress.orders.Order;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteValidationTest {

    static final Order ORDER = AnOrder.order("V").line("A", 3, 1000).line("B", 1, 500).gift("G", 1, 100, "A")
            .refunded("A", new LineRefunds(1, 1000, 1, 1000)).build();

    static void quote(List<Units> lines, List<Units> gifts) {
        RefundAmounts.quote(ORDER, new QuoteRequest(RefundType.REFUND_ONLY, RefundReason.QUALITY, lines, gifts),
                AmountRules.DEFAULTS, Instant.now());
    }

    static void rejects(List<Units> lines, List<Units> gifts, String field) {
        assertThatThrownBy(() -> quote(lines, gifts)).isInstanceOf(InvalidQuoteRequest.class)
                .extracting(e -> ((InvalidQuoteRequest) e).field()).isEqualTo(field);
    }

    @Test
    void unknownLineIsRejectedNamingTheField() {
        rejects(List.of(new Units("B", 1), new Units("Z", 1)), List.of(), "lines[1].lineId");
    }

    @Test
    void quantityBelowOneIsRejected() {
        rejects(List.of(new Units("B", 0)), List.of(), "lines[0].quantity");
    }

    @Test
    void moreUnitsThanLeftAfterRefundedAndReservedAreRejected() {
        rejects(List.of(new Units("A", 2)), List.of(), "lines[0].quantity");
    }

    @Test
    void emptyRequestAndRepeatedLinesAreRejected() {
        rejects(List.of(), List.of(), "lines");
        rejects(List.of(new Units("B", 1), new Units("B", 1)), List.of(), "lines[1].lineId");
    }

    @Test
    void giftsNotReturnedMustBeGiftsOfRequestedLines() {
        rejects(List.of(new Units("A", 1)), List.of(new Units("B", 1)), "giftsNotReturned[0].lineId");
        rejects(List.of(new Units("B", 1)), List.of(new Units("G", 1)), "giftsNotReturned[0].lineId");
        rejects(List.of(new Units("A", 1)), List.of(new Units("G", 2)), "giftsNotReturned[0].quantity");
    }
}
