package io.redress.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    static final Instant NOW = Instant.parse("2026-12-06T06:00:00Z");

    @Test
    void secondsAreTakenAsSaid() {
        assertThat(RetryAfter.parse("30", NOW)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse(" 0 ", NOW)).contains(Duration.ZERO);
    }

    @Test
    void anHttpDateIsTheWaitUntilThen() {
        assertThat(RetryAfter.parse("Sun, 06 Dec 2026 06:00:45 GMT", NOW)).contains(Duration.ofSeconds(45));
        assertThat(RetryAfter.parse("Sun, 06 Dec 2026 05:00:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void aWaitLongerThanFiveMinutesIsCutToFiveMinutes() {
        assertThat(RetryAfter.parse("86400", NOW)).contains(RetryAfter.LONGEST);
        assertThat(RetryAfter.parse("99999999999999999999", NOW)).contains(RetryAfter.LONGEST);
        assertThat(RetryAfter.parse("Fri, 06 Dec 2030 06:00:00 GMT", NOW)).contains(RetryAfter.LONGEST);
    }

    @Test
    void anUnreadableValueIsUnsaid() {
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
        assertThat(RetryAfter.parse("", NOW)).isEmpty();
    }
}
