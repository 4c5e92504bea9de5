package io.redress.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days: Monday to Friday, minus public holidays, plus the weekend days declared make-up working days
 * (调休), as the official calendar publishes them each year.
 */
public record HolidayCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {

    public static final HolidayCalendar WEEKDAYS = new HolidayCalendar(Set.of(), Set.of());

    public HolidayCalendar {
        holidays = Set.copyOf(holidays);
        makeUpWorkdays = Set.copyOf(makeUpWorkdays);
    }

    public boolean isWorkingDay(LocalDate date) {
        if (makeUpWorkdays.contains(date)) {
            return true;
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend && !holidays.contains(date);
    }
}
