package io.redress.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(30), 4, Duration.ofHours(12), Duration.ofDays(3));

    @Test
    void delaysGrowByTheFactorUpToTheCap() {
        assertThat(schedule.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(schedule.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(schedule.delayAfter(3)).isEqualTo(Duration.ofMinutes(8));
        assertThat(schedule.delayAfter(6)).isEqualTo(Duration.ofSeconds(30 * 1024));
        assertThat(schedule.delayAfter(7)).isEqualTo(Duration.ofHours(12));
        assertThat(schedule.delayAfter(40)).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void givesUpOnceTheNextAttemptWouldFallPastThreeDaysFromTheFirst() {
        Instant first = Instant.parse("2026-12-01T00:00:00Z");
        Instant now = first;
        int attempts = 0;
        while (true) {
            attempts++;
            var next = schedule.next(first, attempts, now);
            if (next.isEmpty()) {
                break;
            }
            now = next.get();
        }
        assertThat(now).isBefore(first.plus(Duration.ofDays(3)).plusSeconds(1));
        assertThat(now).isAfter(first.plus(Duration.ofDays(2)));
        assertThat(attempts).isBetween(10, 14);
    }
}
