package io.redress.simulation.web;

import io.redress.identity.Caller;
import io.redress.shared.DomainProblem;
import io.redress.simulation.ReportFiles;
import io.redress.simulation.ScenarioFiles;
import io.redress.simulation.SimulationRun;
import io.redress.simulation.SimulationRuns;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Simulations in the console: a draft policy (its rules as JSON) or a published version played against the version in
 * force on a scenario, the runs so far, and each finished run's report with its charts.
 */
@io.swagger.v3.oas.annotations.Hidden
@Controller
@RequestMapping("/admin/simulations")
@PreAuthorize("hasRole('ADMIN')")
class SimulationPage {

    private final SimulationRuns runs;

    SimulationPage(SimulationRuns runs) {
        this.runs = runs;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("runs", runs.recent(20));
        if (!model.containsAttribute("scenario")) {
            model.addAttribute("scenario", example());
            model.addAttribute("policy", "taobao@1");
            model.addAttribute("against", "jd@1");
        }
        return "console/simulations";
    }

    @PostMapping
    String start(@RequestParam String scenario, @RequestParam String policy, @RequestParam String against,
            RedirectAttributes redirect) {
        String candidate = against.strip();
        try {
            Object draft = candidate.startsWith("{") ? ScenarioFiles.read(candidate, Map.class, "against") : candidate;
            SimulationRun run = runs.start(Caller.current(), new SimulationRuns.Request(scenario, policy.strip(), draft));
            redirect.addFlashAttribute("started", run.runId());
        } catch (DomainProblem problem) {
            redirect.addFlashAttribute("problem", problem.getBody().getDetail());
            redirect.addFlashAttribute("scenario", scenario);
            redirect.addFlashAttribute("policy", policy);
            redirect.addFlashAttribute("against", against);
        }
        return "redirect:/admin/simulations";
    }

    @GetMapping(value = "/{id}", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String report(@PathVariable String id) {
        SimulationRun run = runs.find(id);
        if (run.report() == null) {
            return "<p>" + run.status() + (run.error() == null ? "" : ": " + run.error().replace("<", "&lt;")) + "</p>";
        }
        return ReportFiles.html(run.report(), "/webjars/echarts/dist/echarts.min.js");
    }

    /** The shipped example marketplace, at a tenth of its size so that a first run is quick. */
    private static String example() {
        try (InputStream in = SimulationPage.class.getClassLoader().getResourceAsStream("scenarios/marketplace.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("orders: 10000", "orders: 1000");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
