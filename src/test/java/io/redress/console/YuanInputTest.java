package io.redress.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class YuanInputTest {

    @Test
    void typedYuanBecomeExactFen() {
        assertThat(YuanInput.fen("88")).isEqualTo(8800);
        assertThat(YuanInput.fen("88.5")).isEqualTo(8850);
        assertThat(YuanInput.fen(" ¥88.05 ")).isEqualTo(8805);
        assertThat(YuanInput.fen("0.01")).isEqualTo(1);
        assertThat(YuanInput.fen("1,234.56")).isEqualTo(123456);
    }

    @Test
    void anythingButAnAmountWithAtMostTwoDecimalsIsRefused() {
        for (String typed : new String[] {"", "abc", "-1", "1.005", "1e3", "99999999999999"}) {
            assertThatThrownBy(() -> YuanInput.fen(typed)).isInstanceOf(NumberFormatException.class);
        }
    }

    @Test
    void countdownSplitsTheTimeLeftAndStopsAtZero() {
        Instant now = Instant.parse("2026-11-26T00:00:00Z");
        assertThat(Countdown.until(Instant.parse("2026-11-28T03:04:59Z"), now))
                .extracting(Countdown::days, Countdown::hours, Countdown::minutes, Countdown::overdue)
                .containsExactly(2L, 3L, 4L, false);
        assertThat(Countdown.until(now.minusSeconds(1), now).overdue()).isTrue();
    }
}
