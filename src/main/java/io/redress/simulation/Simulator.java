package io.redress.simulation;

import io.redress.simulation.internal.Comparison;

/**
 * Runs a scenario under a baseline and a candidate policy, each in an application of its own (in-memory database,
 * simulated clock, no web server) on a thread of its own, both at once, and reports them side by side;
 * docs/simulation.md gives measured throughput.
 */
public final class Simulator {

    private Simulator() {
    }

    /**
     * {@code application}: the Spring Boot application class to start per side (the one whose engine is played);
     * {@code keepLogging}: leave the logging of the running application as it is (the console).
     */
    public static SimulationReport run(Class<?> application, Scenario scenario, SimulatedPolicy baseline, SimulatedPolicy candidate,
            SimulationProgress progress, boolean keepLogging) {
        return Comparison.run(application, scenario, baseline, candidate, progress, keepLogging);
    }
}
