package io.redress.simulation.internal;

import io.redress.simulation.Scenario;
import io.redress.simulation.SimulatedPolicy;
import io.redress.simulation.SimulationProgress;
import io.redress.simulation.SimulationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plays one scenario under two policies, both at once, and puts the results side by side. */
public final class Comparison {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Comparison() {
    }

    public static SimulationReport run(Class<?> application, Scenario scenario, SimulatedPolicy baseline, SimulatedPolicy candidate,
            SimulationProgress progress, boolean keepLogging) {
        Scenario s = scenario.validated();
        Plan plan = Plan.of(s);
        long began = System.nanoTime();
        Map<String, Long> sideMillis = new TreeMap<>();
        Map<String, SimulationSide.Played> played = new TreeMap<>();
        Map<String, SimulatedPolicy> policies = new TreeMap<>(Map.of("baseline", baseline, "candidate", candidate));
        SimulationProgress both = new Both(progress, policies.keySet());
        // each side is an application of its own on a thread of its own: they share nothing, so playing them at once
        // changes no outcome, and a second core plays the other side
        Map<String, Throwable> failures = new TreeMap<>();
        List<Thread> threads = new ArrayList<>();
        for (Map.Entry<String, SimulatedPolicy> side : policies.entrySet()) {
            Thread thread = new Thread(() -> {
                long sideBegan = System.nanoTime();
                try {
                    SimulationSide.Played p = SimulationSide.play(application, plan, side.getValue().rules(), side.getKey(), both, keepLogging);
                    synchronized (played) {
                        played.put(side.getKey(), p);
                        sideMillis.put(side.getKey(), (System.nanoTime() - sideBegan) / 1_000_000);
                    }
                } catch (RuntimeException | Error e) {
                    synchronized (played) {
                        failures.put(side.getKey(), e);
                    }
                }
            }, "simulation-" + side.getKey());
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                threads.forEach(Thread::interrupt);
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (!failures.isEmpty()) {
            Throwable first = failures.values().iterator().next();
            if (first instanceof Error) {
                throw (Error) first;
            }
            throw (RuntimeException) first;
        }
        long events = 0;
        List<SimulationReport.Side> sides = new ArrayList<>();
        for (Map.Entry<String, SimulatedPolicy> side : policies.entrySet()) {
            SimulationSide.Played p = played.get(side.getKey());
            events += p.actions() + p.transitions();
            sides.add(new SimulationReport.Side(side.getValue().label(), Measures.of(p, s, side.getValue().rules().zone())));
        }
        long wall = (System.nanoTime() - began) / 1_000_000;
        SimulationReport.Run run = new SimulationReport.Run(wall, events,
                Measures.round(events / Math.max(0.001, wall / 1000.0)), sideMillis);
        return new SimulationReport(s.name(), s.seed(), s.horizonDays(), s.orders(), sides.get(0), sides.get(1),
                differences(sides.get(0).outcomes(), sides.get(1).outcomes()), Measures.NOT_MODELLED, run);
    }

    /** Tells how far both sides have come together: the mean of their fractions, the sum of their events. */
    private static final class Both implements SimulationProgress {
        private final SimulationProgress progress;
        private final Map<String, double[]> at = new TreeMap<>();

        Both(SimulationProgress progress, Iterable<String> sides) {
            this.progress = progress;
            sides.forEach(side -> at.put(side, new double[2]));
        }

        @Override
        public synchronized void at(String side, double fraction, long events) {
            at.get(side)[0] = fraction;
            at.get(side)[1] = events;
            double sum = 0;
            long played = 0;
            for (double[] a : at.values()) {
                sum += a[0];
                played += (long) a[1];
            }
            progress.at("both", sum / at.size(), played);
        }
    }

    /** Every number of the outcomes that differs between the sides, by its path. */
    static List<SimulationReport.Difference> differences(SimulationReport.Outcomes baseline,
            SimulationReport.Outcomes candidate) {
        Map<String, Double> a = numbers(baseline);
        Map<String, Double> b = numbers(candidate);
        TreeMap<String, Boolean> paths = new TreeMap<>();
        a.keySet().forEach(k -> paths.put(k, true));
        b.keySet().forEach(k -> paths.put(k, true));
        List<SimulationReport.Difference> differences = new ArrayList<>();
        for (String path : paths.keySet()) {
            Double x = a.get(path);
            Double y = b.get(path);
            if (x == null ? y != null : !x.equals(y)) {
                differences.add(new SimulationReport.Difference(path, x, y,
                        x == null || y == null ? null : Measures.round(y - x)));
            }
        }
        return differences;
    }

    /** The numeric leaves of a value, by dotted path. */
    public static Map<String, Double> numbers(Object value) {
        Map<String, Double> numbers = new TreeMap<>();
        collect("", JSON.valueToTree(value), numbers);
        return numbers;
    }

    private static void collect(String path, JsonNode node, Map<String, Double> numbers) {
        if (node.isNumber()) {
            numbers.put(path, node.doubleValue());
        } else if (node.isObject()) {
            node.properties().forEach(e -> collect(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), numbers));
        }
    }
}
