package io.redress.simulation.web;

import io.redress.identity.Caller;
import io.redress.simulation.ReportFiles;
import io.redress.simulation.SimulationRun;
import io.redress.simulation.SimulationRuns;
import io.redress.shared.ConflictingState;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Policy what-if simulations: play a scenario under the version in force and a candidate, and read the comparison. */
@RestController
@RequestMapping("/api/v1/simulations")
class SimulationController {

    record SimulationBody(
            @Schema(description = "The scenario: an object, or its YAML text (docs/simulation.md)",
                    requiredMode = Schema.RequiredMode.REQUIRED) Object scenario,
            @Schema(description = "The baseline, profile@version", example = "taobao@1",
                    requiredMode = Schema.RequiredMode.REQUIRED) String policy,
            @Schema(description = "The candidate: profile@version, or a draft version's rules as the policy API shows"
                    + " them", example = "jd@1", requiredMode = Schema.RequiredMode.REQUIRED) Object against) {
    }

    private final SimulationRuns runs;

    SimulationController(SimulationRuns runs) {
        this.runs = runs;
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Run a policy simulation",
            description = "Roles: ADMIN. Plays the scenario through the engine under both policies, each in an "
            + "application of its own on a simulated clock, one run at a time; answers at once with the QUEUED run.")
    @ApiResponse(responseCode = "202", description = "The run, queued; poll it until DONE or FAILED")
    @ApiResponse(responseCode = "400", description = "The scenario or a policy reference is invalid (errors[].field)")
    @ApiResponse(responseCode = "403", description = "The caller is not an admin")
    ResponseEntity<SimulationRun> start(@RequestBody SimulationBody body) {
        SimulationRun run = runs.start(Caller.current(),
                new SimulationRuns.Request(body.scenario(), body.policy(), body.against()));
        return ResponseEntity.accepted().location(URI.create("/api/v1/simulations/" + run.runId())).body(run);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    @Operation(summary = "A simulation run and, once DONE, its report", description = "Roles: ADMIN, AUDITOR.")
    @ApiResponse(responseCode = "200", description = "The run")
    @ApiResponse(responseCode = "403", description = "The caller is neither admin nor auditor")
    @ApiResponse(responseCode = "404", description = "No such run")
    SimulationRun find(@PathVariable String id) {
        return runs.find(id);
    }

    @GetMapping(value = "/{id}.csv", produces = "text/csv")
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    @Operation(summary = "A finished simulation's measures as CSV",
            description = "Roles: ADMIN, AUDITOR. One row per measure: baseline, candidate, difference.")
    @ApiResponse(responseCode = "200", description = "metric,baseline,candidate,difference")
    @ApiResponse(responseCode = "404", description = "No such run")
    @ApiResponse(responseCode = "409", description = "The run has not finished")
    String csv(@PathVariable String id) {
        return ReportFiles.csv(done(id));
    }

    @GetMapping(value = "/{id}/report", produces = MediaType.TEXT_HTML_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    @Operation(summary = "A finished simulation's report as an HTML page with charts", description = "Roles: ADMIN, AUDITOR.")
    @ApiResponse(responseCode = "200", description = "The page")
    @ApiResponse(responseCode = "404", description = "No such run")
    @ApiResponse(responseCode = "409", description = "The run has not finished")
    String html(@PathVariable String id) {
        return ReportFiles.html(done(id), "/webjars/echarts/dist/echarts.min.js");
    }

    private io.redress.simulation.SimulationReport done(String id) {
        SimulationRun run = runs.find(id);
        if (run.report() == null) {
            throw new ConflictingState("simulation " + id + " is " + run.status());
        }
        return run.report();
    }
}
