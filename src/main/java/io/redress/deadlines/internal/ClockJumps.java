package io.redress.deadlines.internal;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
import io.redress.shared.ClockAdvanced;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the development clock jumps, whatever fell due runs at once, and the caller that moved the clock
 * waits (up to a bound) until those executions are done, so it sees their effects.
 */
@Component
class ClockJumps {

    private static final Logger log = LoggerFactory.getLogger(ClockJumps.class);
    // A jump of days can make every open case's deadline due at once; on a busy machine firing them all takes a while.
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Scheduler scheduler;
    private final Clock clock;

    ClockJumps(Scheduler scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @EventListener
    void on(ClockAdvanced advanced) throws InterruptedException {
        scheduler.triggerCheckForDueExecutions();
        long giveUp = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < giveUp) {
            if (dueExecutions() == 0) {
                return;
            }
            Thread.sleep(50);
            scheduler.triggerCheckForDueExecutions();
        }
        log.warn("{} executions due after the clock moved to {} are still running", dueExecutions(), advanced.to());
    }

    /** Picked ones included: a one-time execution leaves the table when it completes, a failed one moves to its retry. */
    private long dueExecutions() {
        Instant now = clock.instant();
        return scheduler.getScheduledExecutions(ScheduledExecutionsFilter.all()).stream()
                .map(ScheduledExecution::getExecutionTime)
                .filter(time -> !time.isAfter(now))
                .count();
    }
}
