package io.redress.simulation.internal;

import io.redress.simulation.Scenario;
import io.redress.simulation.SimulatedPolicy;
import io.redress.simulation.SimulationProgress;
import io.redress.simulation.SimulationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plays one scenario under two policies, one after the other, and puts the results side by side. */
public final class Comparison {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Comparison() {
    }

    public static SimulationReport run(Class<?> application, Scenario scenario, SimulatedPolicy baseline, SimulatedPolicy candidate,
            SimulationProgress progress, boolean keepLogging) {
        Scenario s = scenario.validated();
        Plan plan = Plan.of(s);
        long began = System.nanoTime();
        Map<String, Long> sideMillis = new LinkedHashMap<>();
        long events = 0;
        List<SimulationReport.Side> sides = new ArrayList<>();
        for (Map.Entry<String, SimulatedPolicy> side : Map.of("baseline", baseline, "candidate", candidate).entrySet()
                .stream().sorted(Map.Entry.comparingByKey()).toList()) {
            long sideBegan = System.nanoTime();
            SimulationSide.Played played = SimulationSide.play(application, plan, side.getValue().rules(), side.getKey(), progress, keepLogging);
            sideMillis.put(side.getKey(), (System.nanoTime() - sideBegan) / 1_000_000);
            events += played.actions() + played.transitions();
            sides.add(new SimulationReport.Side(side.getValue().label(),
                    Measures.of(played, s, side.getValue().rules().zone())));
        }
        long wall = (System.nanoTime() - began) / 1_000_000;
        SimulationReport.Run run = new SimulationReport.Run(wall, events,
                Measures.round(events / Math.max(0.001, wall / 1000.0)), sideMillis);
        return new SimulationReport(s.name(), s.seed(), s.horizonDays(), s.orders(), sides.get(0), sides.get(1),
                differences(sides.get(0).outcomes(), sides.get(1).outcomes()), Measures.NOT_MODELLED, run);
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
