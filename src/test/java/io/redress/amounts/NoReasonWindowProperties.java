package io.redress.amounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.Draw;
import io.redress.Tries;
import io.redress.amounts.QuoteRequest.Units;
import io.redress.orders.Order;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/amounts.md: the no-reason window opens at 00:00 after the signing day and lasts 168 hours, end exclusive. */
class NoReasonWindowProperties {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    record Signed(long signedSecond, int secondsAfterSigning) {
    }

    @Test
    void noReasonReturnIsAllowedExactlyUntilMidnightAfterSigningPlus168Hours() {
        Tries.forAll(3000, random -> new Signed(Draw.between(random, 0L, 400 * 86_400L),
                Draw.between(random, -86_400, 10 * 86_400)), this::allowedExactlyInsideTheWindow);
    }

    private void allowedExactlyInsideTheWindow(Signed given) {
        long signedSecond = given.signedSecond();
        int secondsAfterSigning = given.secondsAfterSigning();
        Instant signed = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(signedSecond);
        Instant now = signed.plusSeconds(secondsAfterSigning);
        Order order = AnOrder.order("W").line("X", 1, 1000).fulfilled(signed.minusSeconds(86_400), signed).build();

        RefundQuote quote = RefundAmounts.quote(order, new QuoteRequest(RefundType.RETURN_AND_REFUND,
                RefundReason.NO_REASON, List.of(new Units("X", 1))), AmountRules.DEFAULTS, now);

        LocalDate signDay = signed.atZone(SHANGHAI).toLocalDate();
        Instant end = signDay.plusDays(8).atStartOfDay(SHANGHAI).toInstant();
        assertThat(quote.eligible()).isEqualTo(now.isBefore(end));
    }
}
