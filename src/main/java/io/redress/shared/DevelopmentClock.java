package io.redress.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock plus an offset that only moves forward, so that a development or demo setup can let
 * days pass in seconds. Never used by the production profile.
 */
public final class DevelopmentClock extends Clock {

    private final Clock system;
    private final AtomicReference<Duration> offset;

    public DevelopmentClock(Clock system) {
        this(system, new AtomicReference<>(Duration.ZERO));
    }

    private DevelopmentClock(Clock system, AtomicReference<Duration> offset) {
        this.system = system;
        this.offset = offset;
    }

    /** Moves the clock forward by a positive duration and returns the clock's time before and after. */
    public ClockAdvanced advance(Duration by) {
        if (by.isZero() || by.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward: " + by);
        }
        Instant now = system.instant();
        Duration before = offset.getAndAccumulate(by, Duration::plus);
        return new ClockAdvanced(now.plus(before), now.plus(before).plus(by));
    }

    public Duration offset() {
        return offset.get();
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    /** The same moving clock seen from another zone: it shares this clock's offset. */
    @Override
    public Clock withZone(ZoneId zone) {
        return new DevelopmentClock(system.withZone(zone), offset);
    }
}
