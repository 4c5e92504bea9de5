package io.redress.simulation;

/** Told, now and then, how far a side of a run has come: a fraction of the horizon and the events played so far. */
@FunctionalInterface
public interface SimulationProgress {

    SimulationProgress NONE = (side, fraction, events) -> { };

    void at(String side, double fraction, long events);
}
