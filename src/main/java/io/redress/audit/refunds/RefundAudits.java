package io.redress.audit.refunds;

import io.redress.decisions.RefundDecision;
import io.redress.decisions.RefundDecisions;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the third-party refund audit: every refund decision of the days asked (in the auditor's scope, optionally a
 * seeded sample, optionally of some shops) recomputed and compared ({@link RefundRecomputation}); the run, its
 * findings and its signed report stored, tied to the audit chain's head at the time.
 */
@Service
public class RefundAudits {

    static final int MAX_DAYS = 92;

    private final RefundDecisions decisions;
    private final RefundEvidenceSource evidence;
    private final RefundAuditRows rows;
    private final AuditorScopes scopes;
    private final RefundAuditReport reports;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final ZoneId zone;

    RefundAudits(RefundDecisions decisions, RefundEvidenceSource evidence, RefundAuditRows rows, AuditorScopes scopes,
            RefundAuditReport reports, JdbcClient jdbc, JsonMapper json, Clock clock,
            @Value("${redress.zone:Asia/Shanghai}") ZoneId zone) {
        this.decisions = decisions;
        this.evidence = evidence;
        this.rows = rows;
        this.scopes = scopes;
        this.reports = reports;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.zone = zone;
    }

    /** What an auditor asks for: the days (inclusive), the shops (empty: all in scope), a sample size and seed. */
    public record Request(LocalDate from, LocalDate to, List<String> shops, Integer sample, Long seed) {
    }

    /** Runs the audit for {@code auditor}; 400 for a bad range or sample, 403 outside the auditor's scope. */
    @Transactional
    public RefundAuditRun run(Request request, String auditor) {
        if (request.from() == null || request.to() == null) {
            throw new InvalidRequest(request.from() == null ? "from" : "to", "is required (YYYY-MM-DD)");
        }
        if (request.to().isBefore(request.from())) {
            throw new InvalidRequest("to", "is before from");
        }
        if (ChronoUnit.DAYS.between(request.from(), request.to()) >= MAX_DAYS) {
            throw new InvalidRequest("to", "a run covers at most " + MAX_DAYS + " days");
        }
        if (request.sample() != null && request.sample() < 1) {
            throw new InvalidRequest("sample", "must be at least 1");
        }
        AuditorScope scope = scopes.of(auditor);
        scope.days(request.from(), request.to());
        List<String> shops = scope.shops(request.shops());
        long seed = request.seed() != null ? request.seed() : new Random().nextLong();
        List<RefundDecision> chosen = choose(request, shops, seed);
        RefundEvidenceSource.PlatformPostings platform = evidence.platformPostings();
        List<Finding> findings = new ArrayList<>();
        for (RefundDecision d : chosen) {
            findings.addAll(check(d, platform));
        }
        var head = jdbc.sql("SELECT seq, hash FROM audit_chain_head WHERE id = 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        RefundAuditRun run = new RefundAuditRun("RA-" + UUID.randomUUID(), auditor, request.from(), request.to(), shops,
                request.sample(), seed, clock.instant(), chosen.size(), findings.size(), (Long) head[0],
                (String) head[1]);
        rows.insert(run, findings, reports.signed(run, findings));
        return run;
    }

    /** One decision's findings. */
    List<Finding> check(RefundDecision d, RefundEvidenceSource.PlatformPostings platform) {
        return RefundRecomputation.check(evidence.of(d, platform), json);
    }

    private List<RefundDecision> choose(Request request, List<String> shops, long seed) {
        List<RefundDecision> all = new ArrayList<>(decisions.decidedBetween(
                request.from().atStartOfDay(zone).toInstant(), request.to().plusDays(1).atStartOfDay(zone).toInstant())
                .stream().filter(d -> shops.isEmpty() || shops.contains(d.shopId())).toList());
        if (request.sample() == null || request.sample() >= all.size()) {
            return all;
        }
        List<RefundDecision> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(seed));
        List<RefundDecision> sample = new ArrayList<>(shuffled.subList(0, request.sample()));
        sample.sort(Comparator.comparingInt(all::indexOf));
        return sample;
    }

    /** The run, if {@code auditor}'s scope covers it (404 otherwise, so nothing outside the scope shows). */
    public RefundAuditRun find(String runId, String auditor) {
        AuditorScope scope = scopes.of(auditor);
        return rows.find(runId).filter(r -> r.within(scope))
                .orElseThrow(() -> new ResourceNotFound("refund audit", runId));
    }

    public List<Finding> findings(String runId, String auditor) {
        return rows.findings(find(runId, auditor).runId());
    }

    /** The signed JSON report of the run as stored. */
    public String report(String runId, String auditor) {
        return rows.report(find(runId, auditor).runId()).orElseThrow();
    }

    /** The latest runs {@code auditor} may read, newest first. */
    public List<RefundAuditRun> latest(String auditor) {
        AuditorScope scope = scopes.of(auditor);
        return rows.latest(200).stream().filter(r -> r.within(scope)).limit(50).toList();
    }

    Optional<RefundAuditRun> stored(String runId) {
        return rows.find(runId);
    }
}
