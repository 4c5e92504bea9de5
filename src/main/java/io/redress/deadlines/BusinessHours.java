package io.redress.deadlines;

import java.time.LocalTime;

/** The daily window in which BUSINESS_HOURS timers run, e.g. 09:00–18:00. */
public record BusinessHours(LocalTime opens, LocalTime closes) {

    public static final BusinessHours NINE_TO_SIX = new BusinessHours(LocalTime.of(9, 0), LocalTime.of(18, 0));

    public BusinessHours {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("business hours must open before they close: " + opens + "-" + closes);
        }
    }
}
