package io.redress.simulation.web;

import io.redress.identity.Caller;
import io.redress.policy.Policies;
import io.redress.policy.Policy;
import io.redress.policy.PolicyRules;
import io.redress.shared.DomainProblem;
import io.redress.simulation.ReportFiles;
import io.redress.simulation.ScenarioFiles;
import io.redress.simulation.SimulatedPolicy;
import io.redress.simulation.SimulationRun;
import io.redress.simulation.SimulationRuns;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeParseException;
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
 * force on a scenario, the runs so far, each finished run's report with its charts, and beside each finished run the
 * publication of its candidate. Publishing goes through the policy module as the API does, so the publication guard
 * answers: a candidate whose simulation breached a legal bound is refused, and the form then asks for the reason that
 * the audit trail records with the override.
 */
@io.swagger.v3.oas.annotations.Hidden
@Controller
@RequestMapping("/admin/simulations")
@PreAuthorize("hasRole('ADMIN')")
class SimulationPage {

    private final SimulationRuns runs;
    private final Policies policies;
    private final Clock clock;

    SimulationPage(SimulationRuns runs, Policies policies, Clock clock) {
        this.runs = runs;
        this.policies = policies;
        this.clock = clock;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("runs", runs.recent(20));
        // the law asks for seven days' notice of a rule change: the form offers the first midnight (UTC) after them
        model.addAttribute("announceFrom", clock.instant().plus(Duration.ofDays(8)).truncatedTo(ChronoUnit.DAYS).toString());
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

    /**
     * Publishes the candidate of a finished run as the next version of {@code profile}: from {@code effectiveFrom} (an
     * instant, at least seven days ahead for a profile that has versions), or at once as an urgent change when it is
     * left empty.
     */
    @PostMapping("/{id}/publish")
    String publish(@PathVariable String id, @RequestParam String profile,
            @RequestParam(required = false) String effectiveFrom, @RequestParam(required = false) String overrideReason,
            RedirectAttributes redirect) {
        String reason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        try {
            PolicyRules rules = runs.candidateRules(id);
            Instant from = effectiveFrom == null || effectiveFrom.isBlank() ? null : Instant.parse(effectiveFrom.strip());
            Policy published = policies.publish(profile.strip(), new SimulatedPolicy("candidate", rules).asChange(from),
                    Caller.current().name(), reason);
            redirect.addFlashAttribute("published", published.profile() + "@" + published.version());
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("problem", "effectiveFrom: an instant such as 2026-03-09T00:00:00Z");
        } catch (DomainProblem problem) {
            redirect.addFlashAttribute("problem", problem.getBody().getDetail());
            if (reason == null && problem instanceof Policies.PolicyRejected
                    && String.valueOf(problem.getBody().getDetail()).startsWith("simulation ")) {
                redirect.addFlashAttribute("needsOverride", id);
            }
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
