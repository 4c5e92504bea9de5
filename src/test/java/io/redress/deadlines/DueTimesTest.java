package io.redress.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DueTimesTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    final DueTimes times = new DueTimes(SHANGHAI, BusinessHours.NINE_TO_SIX, HolidayCalendar.WEEKDAYS);

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void fourBusinessHoursFromTenAreDueAtTwo() {
        assertThat(times.dueAt(at("2026-11-26T10:00"), Duration.ofHours(4), ClockKind.BUSINESS_HOURS))
                .isEqualTo(at("2026-11-26T14:00"));
    }

    @Test
    void fourBusinessHoursFromOneMinutePastTwoAreDueAtOneMinutePastNineNextDay() {
        assertThat(times.dueAt(at("2026-11-26T14:01"), Duration.ofHours(4), ClockKind.BUSINESS_HOURS))
                .isEqualTo(at("2026-11-27T09:01"));
    }

    @Test
    void fourBusinessHoursSetInTheEveningAreDueAtOneNextDay() {
        assertThat(times.dueAt(at("2026-11-26T20:00"), Duration.ofHours(4), ClockKind.BUSINESS_HOURS))
                .isEqualTo(at("2026-11-27T13:00"));
    }

    @Test
    void businessHoursRunOnWeekendsAndHolidaysToo() {
        assertThat(times.dueAt(at("2026-11-28T17:00"), Duration.ofHours(2), ClockKind.BUSINESS_HOURS))
                .as("Saturday").isEqualTo(at("2026-11-29T10:00"));
    }

    @Test
    void aTimerSetBeforeOpeningStartsAtOpening() {
        assertThat(times.dueAt(at("2026-11-26T06:30"), Duration.ofHours(9), ClockKind.BUSINESS_HOURS))
                .isEqualTo(at("2026-11-26T18:00"));
    }

    @Test
    void calendarTimeIsPlainElapsedTime() {
        assertThat(times.dueAt(at("2026-11-26T20:00"), Duration.ofHours(168), ClockKind.CALENDAR))
                .isEqualTo(at("2026-12-03T20:00"));
    }

    @Test
    void workingDaysSkipWeekends() {
        assertThat(times.dueAt(at("2026-11-27T10:00"), Duration.ofDays(1), ClockKind.WORKING_DAYS))
                .as("Friday + 1 working day").isEqualTo(at("2026-11-30T10:00"));
    }

    @Test
    void workingDaysSkipHolidaysAndCountMakeUpDays() {
        DueTimes national = new DueTimes(SHANGHAI, BusinessHours.NINE_TO_SIX, new HolidayCalendar(
                Set.of(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-02"), LocalDate.parse("2026-10-05"),
                        LocalDate.parse("2026-10-06"), LocalDate.parse("2026-10-07")),
                Set.of(LocalDate.parse("2026-10-10"))));
        assertThat(national.dueAt(at("2026-09-30T15:00"), Duration.ofDays(2), ClockKind.WORKING_DAYS))
                .as("Oct 8 (Thu) and Oct 9 (Fri) are the next working days")
                .isEqualTo(at("2026-10-09T15:00"));
        assertThat(national.dueAt(at("2026-10-09T15:00"), Duration.ofDays(1), ClockKind.WORKING_DAYS))
                .as("Saturday Oct 10 is a make-up working day").isEqualTo(at("2026-10-10T15:00"));
    }

    @Test
    void workingDaysStartedOnADayOffCountFromTheNextWorkingDay() {
        assertThat(times.dueAt(at("2026-11-28T10:00"), Duration.ofDays(1), ClockKind.WORKING_DAYS))
                .as("Saturday: Monday counts as the first day").isEqualTo(at("2026-12-01T00:00"));
    }

    @Test
    void aNegativeDurationIsRefused() {
        assertThatThrownBy(() -> times.dueAt(Instant.EPOCH, Duration.ofHours(-1), ClockKind.CALENDAR))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
