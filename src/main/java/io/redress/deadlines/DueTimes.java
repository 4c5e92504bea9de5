package io.redress.deadlines;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** When a timer started at some instant runs out, on each kind of clock. */
public record DueTimes(ZoneId zone, BusinessHours hours, HolidayCalendar calendar) {

    /** The same clocks in another zone (a policy version names its marketplace's zone). */
    public DueTimes inZone(ZoneId other) {
        return new DueTimes(other, hours, calendar);
    }

    /** The instant a timer of {@code duration} on {@code clock}, started at {@code start}, is due. */
    public Instant dueAt(Instant start, Duration duration, ClockKind clock) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a timer cannot run backwards: " + duration);
        }
        return switch (clock) {
            case CALENDAR -> start.plus(duration);
            case BUSINESS_HOURS -> afterBusinessTime(start.atZone(zone), duration).toInstant();
            case WORKING_DAYS -> afterWorkingDays(start.atZone(zone), duration).toInstant();
        };
    }

    /** Counts only time inside the daily window; a timer set outside it starts counting at the next opening. */
    private ZonedDateTime afterBusinessTime(ZonedDateTime start, Duration duration) {
        ZonedDateTime at = start;
        Duration remaining = duration;
        while (true) {
            ZonedDateTime opens = at.toLocalDate().atTime(hours.opens()).atZone(zone);
            ZonedDateTime closes = at.toLocalDate().atTime(hours.closes()).atZone(zone);
            if (at.isBefore(opens)) {
                at = opens;
            }
            if (!at.isBefore(closes)) {
                at = nextDay(at).atTime(hours.opens()).atZone(zone);
                continue;
            }
            Duration left = Duration.between(at, closes);
            if (remaining.compareTo(left) <= 0) {
                return at.plus(remaining);
            }
            remaining = remaining.minus(left);
            at = nextDay(at).atTime(hours.opens()).atZone(zone);
        }
    }

    /**
     * Whole days count as working days and land at the starting time of day; a start on a day off counts from
     * the next working day's start of day. Any part of a day left over is added as plain time.
     */
    private ZonedDateTime afterWorkingDays(ZonedDateTime start, Duration duration) {
        long days = duration.toDays();
        ZonedDateTime at = start;
        if (!calendar.isWorkingDay(at.toLocalDate())) {
            LocalDate next = at.toLocalDate();
            do {
                next = next.plusDays(1);
            } while (!calendar.isWorkingDay(next));
            at = next.atStartOfDay(zone);
        }
        LocalDate date = at.toLocalDate();
        for (long counted = 0; counted < days; ) {
            date = date.plusDays(1);
            if (calendar.isWorkingDay(date)) {
                counted++;
            }
        }
        return date.atTime(at.toLocalTime()).atZone(zone).plus(duration.minusDays(days));
    }

    private static LocalDate nextDay(ZonedDateTime at) {
        return at.toLocalDate().plusDays(1);
    }
}
