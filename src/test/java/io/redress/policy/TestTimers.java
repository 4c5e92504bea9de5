package io.redress.policy;

import io.redress.deadlines.ClockKind;
import java.time.Duration;

/** Timers short enough to watch them run out in a test. */
public final class TestTimers {

    private TestTimers() {
    }

    public static TimerSetting seconds(long seconds) {
        return new TimerSetting(Duration.ofSeconds(seconds), ClockKind.CALENDAR);
    }
}
