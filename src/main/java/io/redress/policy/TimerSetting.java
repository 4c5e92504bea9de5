package io.redress.policy;

import io.redress.deadlines.ClockKind;
import java.time.Duration;

/** How long a timer runs and on which clock it is counted. */
public record TimerSetting(Duration duration, ClockKind clock) {

    public TimerSetting {
        if (duration == null || clock == null) {
            throw new IllegalArgumentException("a timer needs a duration and a clock");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a timer must run for a positive duration, not " + duration);
        }
    }

    static TimerSetting hours(long hours) {
        return new TimerSetting(Duration.ofHours(hours), ClockKind.CALENDAR);
    }

    static TimerSetting days(long days) {
        return new TimerSetting(Duration.ofDays(days), ClockKind.CALENDAR);
    }
}
