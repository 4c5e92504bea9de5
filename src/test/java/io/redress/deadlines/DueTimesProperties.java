package io.redress.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class DueTimesProperties {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    final DueTimes times = new DueTimes(SHANGHAI, BusinessHours.NINE_TO_SIX, HolidayCalendar.WEEKDAYS);

    @Property
    void businessHoursDeadlinesFallInsideTheWindowAndCountExactlyTheDuration(
            @ForAll @LongRange(min = 1_700_000_000L, max = 1_900_000_000L) long startSecond,
            @ForAll @LongRange(min = 1, max = 60 * 60 * 40) long seconds) {
        Instant start = Instant.ofEpochSecond(startSecond);
        Instant due = times.dueAt(start, Duration.ofSeconds(seconds), ClockKind.BUSINESS_HOURS);
        LocalTime dueTime = due.atZone(SHANGHAI).toLocalTime();
        assertThat(dueTime).isAfter(LocalTime.of(9, 0)).isBeforeOrEqualTo(LocalTime.of(18, 0));
        assertThat(businessSecondsBetween(start, due)).isEqualTo(seconds);
    }

    @Property
    void aLongerTimerIsNeverDueEarlier(@ForAll @LongRange(min = 1_700_000_000L, max = 1_900_000_000L) long startSecond,
            @ForAll @LongRange(min = 0, max = 60 * 60 * 24 * 20) long shorter,
            @ForAll @LongRange(min = 0, max = 60 * 60 * 24) long extra) {
        Instant start = Instant.ofEpochSecond(startSecond);
        for (ClockKind clock : ClockKind.values()) {
            Instant a = times.dueAt(start, Duration.ofSeconds(shorter), clock);
            Instant b = times.dueAt(start, Duration.ofSeconds(shorter + extra), clock);
            assertThat(b).as("%s", clock).isAfterOrEqualTo(a);
        }
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
