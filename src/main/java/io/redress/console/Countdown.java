package io.redress.console;

import java.time.Duration;
import java.time.Instant;

/** The time left until a deadline, in whole days, hours and minutes; past due once it has passed. */
record Countdown(Instant dueAt, long days, long hours, long minutes, boolean overdue) {

    static Countdown until(Instant dueAt, Instant now) {
        Duration left = Duration.between(now, dueAt);
        if (left.isNegative() || left.isZero()) {
            return new Countdown(dueAt, 0, 0, 0, true);
        }
        return new Countdown(dueAt, left.toDays(), left.toHoursPart(), left.toMinutesPart(), false);
    }
}
