package io.redress.simulation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that stands still until the simulation moves it, and only forward. */
final class SimulationClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    SimulationClock(Instant start, ZoneId zone) {
        this(new AtomicReference<>(start), zone);
    }

    private SimulationClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** Moves the clock to {@code to}; returns the time it left. */
    Instant moveTo(Instant to) {
        Instant from = now.get();
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the simulated clock only moves forward: " + from + " -> " + to);
        }
        now.set(to);
        return from;
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new SimulationClock(now, zone);
    }
}
