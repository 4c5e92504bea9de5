package io.redress.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.Draw;
import io.redress.Tries;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DueTimesProperties {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    final DueTimes times = new DueTimes(SHANGHAI, BusinessHours.NINE_TO_SIX, HolidayCalendar.WEEKDAYS);

    record Timer(Instant start, long seconds, long extra) {
    }

    static Timer timer(Random random, long minSeconds, long maxSeconds) {
        return new Timer(Instant.ofEpochSecond(Draw.between(random, 1_700_000_000L, 1_900_000_000L)),
                Draw.between(random, minSeconds, maxSeconds), Draw.between(random, 0L, 60 * 60 * 24L));
    }

    @Test
    void businessHoursDeadlinesFallInsideTheWindowAndCountExactlyTheDuration() {
        Tries.forAll(1000, random -> timer(random, 1, 60 * 60 * 40L), timer -> {
            Instant due = times.dueAt(timer.start(), Duration.ofSeconds(timer.seconds()), ClockKind.BUSINESS_HOURS);
            LocalTime dueTime = due.atZone(SHANGHAI).toLocalTime();
            assertThat(dueTime).isAfter(LocalTime.of(9, 0)).isBeforeOrEqualTo(LocalTime.of(18, 0));
            assertThat(businessSecondsBetween(timer.start(), due)).isEqualTo(timer.seconds());
        });
    }

    @Test
    void aLongerTimerIsNeverDueEarlier() {
        Tries.forAll(1000, random -> timer(random, 0, 60 * 60 * 24 * 20L), timer -> {
            for (ClockKind clock : ClockKind.values()) {
                Instant a = times.dueAt(timer.start(), Duration.ofSeconds(timer.seconds()), clock);
                Instant b = times.dueAt(timer.start(), Duration.ofSeconds(timer.seconds() + timer.extra()), clock);
                assertThat(b).as("%s", clock).isAfterOrEqualTo(a);
            }
        });
    }

    /** Business seconds counted minute by minute from the day boundaries: a second implementation to compare with. */
    private static long businessSecondsBetween(Instant from, Instant to) {
        long total = 0;
        ZonedDateTime day = from.atZone(SHANGHAI).toLocalDate().atStartOfDay(SHANGHAI);
        while (day.toInstant().isBefore(to)) {
            Instant opens = day.with(LocalTime.of(9, 0)).toInstant();
            Instant closes = day.with(LocalTime.of(18, 0)).toInstant();
            Instant a = max(opens, from);
            Instant b = min(closes, to);
            if (a.isBefore(b)) {
                total += Duration.between(a, b).toSeconds();
            }
            day = day.plusDays(1);
        }
        return total;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
