package io.redress.simulation;

import io.redress.identity.Caller;
import io.redress.policy.Policies;
import io.redress.policy.PolicyRules;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import jakarta.annotation.PreDestroy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * Simulations asked for through the API or the console: stored as QUEUED, played one at a time on a thread of their
 * own (each run starts two applications of its own, which takes the machine's attention for a while), and kept with
 * their report. A run interrupted by a restart is marked FAILED at the next start.
 */
@Service
public class SimulationRuns {

    private static final Logger log = LoggerFactory.getLogger(SimulationRuns.class);
    private static final String COLUMNS = "run_id, status, baseline, candidate, legal_breaches, error, requested_by,"
            + " requested_at, finished_at, report";

    /** What to play: the scenario (YAML text or an object), the version in force and the candidate. */
    public record Request(Object scenario, String policy, Object against) {
    }

    private final Class<?> application;
    private final JdbcClient jdbc;
    private final Policies policies;
    private final Clock clock;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "simulation");
        thread.setDaemon(true);
        return thread;
    });

    SimulationRuns(JdbcClient jdbc, Policies policies, Clock clock, ApplicationContext context) {
        // the running application's own class: each side of a run starts another instance of it
        this.application = ClassUtils.getUserClass(context.getBeansWithAnnotation(SpringBootApplication.class).values()
                .iterator().next());
        this.jdbc = jdbc;
        this.policies = policies;
        this.clock = clock;
    }

    /** Checks the request (400 naming the field), stores the run and queues it. */
    public SimulationRun start(Caller caller, Request request) {
        Scenario scenario = scenario(request.scenario()).validated();
        if (request.policy() == null || request.policy().isBlank()) {
            throw new InvalidRequest("policy", "is required: profile@version");
        }
        SimulatedPolicy baseline = stored(request.policy(), "policy");
        SimulatedPolicy candidate = request.against() instanceof String ref ? stored(ref, "against") : draft(request.against());
        String runId = "SIM-" + UUID.randomUUID();
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO simulation_run (run_id, status, scenario, baseline, candidate, candidate_rules, requested_by,"
                        + " requested_at) VALUES (?, 'QUEUED', ?, ?, ?, ?, ?, ?)")
                .params(runId, ScenarioFiles.JSON.writeValueAsString(scenario), baseline.label(), candidate.label(),
                        ScenarioFiles.JSON.writeValueAsString(candidate.rules()), caller.name(), now)
                .update();
        runner.execute(() -> play(runId, scenario, baseline, candidate));
        return find(runId);
    }

    public SimulationRun find(String runId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM simulation_run WHERE run_id = ?").param(runId)
                .query(SimulationRuns::run).optional().orElseThrow(() -> new ResourceNotFound("simulation", runId));
    }

    /** The latest runs, newest first, without their reports. */
    public List<SimulationRun> recent(int max) {
        return jdbc.sql("SELECT " + COLUMNS.replace(", report", ", NULL AS report")
                        + " FROM simulation_run ORDER BY requested_at DESC FETCH FIRST ? ROWS ONLY")
                .param(max).query(SimulationRuns::run).list();
    }

    /** The rules a run played as its candidate (a draft's, or a stored version's). */
    public PolicyRules candidateRules(String runId) {
        return jdbc.sql("SELECT candidate_rules FROM simulation_run WHERE run_id = ?").param(runId).query(String.class)
                .optional().map(json -> ScenarioFiles.JSON.readValue(json, PolicyRules.class))
                .orElseThrow(() -> new ResourceNotFound("simulation", runId));
    }

    /** The latest finished run (of the last 200) whose candidate had exactly these rules. */
    public Optional<SimulationRun> latestFor(PolicyRules candidate) {
        return jdbc.sql("SELECT run_id, candidate_rules FROM simulation_run WHERE status = 'DONE'"
                        + " ORDER BY finished_at DESC FETCH FIRST 200 ROWS ONLY")
                .query((row, n) -> Map.entry(row.getString("run_id"), row.getString("candidate_rules"))).list().stream()
                .filter(run -> candidate.equals(ScenarioFiles.JSON.readValue(run.getValue(), PolicyRules.class)))
                .findFirst().map(run -> find(run.getKey()));
    }

    private void play(String runId, Scenario scenario, SimulatedPolicy baseline, SimulatedPolicy candidate) {
        jdbc.sql("UPDATE simulation_run SET status = 'RUNNING' WHERE run_id = ?").param(runId).update();
        try {
            SimulationReport report = Simulator.run(application, scenario, baseline, candidate, SimulationProgress.NONE,
                    true);
            jdbc.sql("UPDATE simulation_run SET status = 'DONE', report = ?, legal_breaches = ?, finished_at = ?"
                            + " WHERE run_id = ?")
                    .params(ScenarioFiles.JSON.writeValueAsString(report), report.candidate().outcomes().legal().total(),
                            clock.instant().atOffset(ZoneOffset.UTC), runId)
                    .update();
        } catch (RuntimeException e) {
            log.warn("simulation {} failed", runId, e);
            String message = String.valueOf(e.getMessage());
            jdbc.sql("UPDATE simulation_run SET status = 'FAILED', error = ?, finished_at = ? WHERE run_id = ?")
                    .params(message.substring(0, Math.min(1000, message.length())),
                            clock.instant().atOffset(ZoneOffset.UTC), runId)
                    .update();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterrupted() {
        jdbc.sql("UPDATE simulation_run SET status = 'FAILED', error = 'interrupted by a restart', finished_at = ?"
                        + " WHERE status IN ('QUEUED', 'RUNNING')")
                .param(clock.instant().atOffset(ZoneOffset.UTC)).update();
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    private SimulatedPolicy stored(String ref, String field) {
        var version = PolicyRefs.version(ref).orElseThrow(() -> new InvalidRequest(field, "must be profile@version"));
        String profile = version.group(1);
        int number = Integer.parseInt(version.group(2));
        return policies.find(profile, number).map(p -> new SimulatedPolicy(ref, p.rules()))
                .orElseThrow(() -> new InvalidRequest(field, ref + " is not a published policy version"));
    }

    private static SimulatedPolicy draft(Object against) {
        if (!(against instanceof Map)) {
            throw new InvalidRequest("against", "must be profile@version or a draft policy's rules");
        }
        try {
            return new SimulatedPolicy("draft", ScenarioFiles.JSON.convertValue(against, PolicyRules.class));
        } catch (RuntimeException e) {
            throw new InvalidRequest("against", "is not a policy's rules: " + ScenarioFiles.firstLine(e.getMessage()));
        }
    }

    private static Scenario scenario(Object scenario) {
        if (scenario instanceof String text) {
            return ScenarioFiles.scenario(text);
        }
        if (!(scenario instanceof Map)) {
            throw new InvalidRequest("scenario", "is required: a scenario object or its YAML text");
        }
        try {
            return ScenarioFiles.JSON.convertValue(scenario, Scenario.class);
        } catch (RuntimeException e) {
            throw new InvalidRequest("scenario", ScenarioFiles.firstLine(e.getMessage()));
        }
    }

    private static SimulationRun run(ResultSet row, int n) throws SQLException {
        String report = row.getString("report");
        OffsetDateTime finished = row.getObject("finished_at", OffsetDateTime.class);
        int breaches = row.getInt("legal_breaches");
        return new SimulationRun(row.getString("run_id"), SimulationRun.Status.valueOf(row.getString("status")),
                row.getString("baseline"), row.getString("candidate"), row.wasNull() ? null : breaches,
                row.getString("error"), row.getString("requested_by"),
                row.getObject("requested_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant(),
                report == null ? null : ScenarioFiles.JSON.readValue(report, SimulationReport.class));
    }
}
