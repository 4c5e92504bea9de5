package io.redress.deadlines.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * redress.deadlines.*: how often the scheduler looks for due deadlines, with how many threads, how it claims them
 * ({@link SchedulerPolling}: lock-and-fetch on PostgreSQL), and the
 * business clocks (opening hours; the official holiday calendar's days off and make-up working days).
 * An execution whose node stops sending heartbeats (killed mid-run) is run again after six missed heartbeats.
 * The polling interval bounds how late a deadline fires: a poll is one index range on PostgreSQL whatever the
 * number of pending deadlines, so once a second costs little, and at a million pending it keeps the firing lag's
 * p99 near one second (measured in docs/performance.md, deadline firing).
 */
@ConfigurationProperties("redress.deadlines")
record DeadlineProperties(@DefaultValue("PT1S") Duration pollingInterval, @DefaultValue("4") int threads,
        @DefaultValue("PT30S") Duration heartbeatInterval, @DefaultValue("auto") SchedulerPolling polling,
        @DefaultValue("09:00") LocalTime opens, @DefaultValue("18:00") LocalTime closes,
        @DefaultValue Set<LocalDate> holidays, @DefaultValue Set<LocalDate> makeUpWorkdays) {
}
