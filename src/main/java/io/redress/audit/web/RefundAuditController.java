package io.redress.audit.web;

import io.redress.audit.refunds.Finding;
import io.redress.audit.refunds.RefundAuditRun;
import io.redress.audit.refunds.RefundAudits;
import io.redress.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The third-party refund audit for auditors (docs/audit.md, "Refund audit"); read-only on business data. */
@RestController
@RequestMapping("/api/v1/refund-audits")
@PreAuthorize("hasRole('AUDITOR')")
class RefundAuditController {

    private final RefundAudits audits;

    RefundAuditController(RefundAudits audits) {
        this.audits = audits;
    }

    /** What the auditor asks for. */
    record StartRun(LocalDate from, LocalDate to, List<String> shops, Integer sample, Long seed) {
    }

    /** A run with its findings. */
    record RunView(RefundAuditRun run, List<Finding> findings) {
    }

    @PostMapping
    @Operation(summary = "Run a refund audit",
            description = "Roles: AUDITOR (within the auditor's scope). Recomputes every refund decision made on the "
            + "days from..to (inclusive, redress.zone, at most 92 days), of the shops given (empty: all in scope), "
            + "or a seeded sample of them, and compares it with the decision, the legs paid and the ledger entry. "
            + "Synchronous; stores the run, its findings and its signed report.")
    @ApiResponse(responseCode = "201", description = "The run and its findings (none when every refund agrees)")
    @ApiResponse(responseCode = "400", description = "from/to missing or out of order, range too long, sample < 1")
    @ApiResponse(responseCode = "403", description = "Not an auditor, or days or shops outside the auditor's scope")
    ResponseEntity<RunView> start(@RequestBody StartRun body) {
        String me = Caller.current().name();
        RefundAuditRun run = audits.run(new RefundAudits.Request(body.from(), body.to(), body.shops(), body.sample(),
                body.seed()), me);
        return ResponseEntity.created(URI.create("/api/v1/refund-audits/" + run.runId()))
                .body(new RunView(run, audits.findings(run.runId(), me)));
    }

    @GetMapping
    @Operation(summary = "List refund audit runs", description = "Roles: AUDITOR. The latest runs within the scope.")
    @ApiResponse(responseCode = "200", description = "Newest first")
    List<RefundAuditRun> list() {
        return audits.latest(Caller.current().name());
    }

    @GetMapping("/{runId}")
    @Operation(summary = "A refund audit run with its findings", description = "Roles: AUDITOR (run within scope).")
    @ApiResponse(responseCode = "200", description = "The run")
    @ApiResponse(responseCode = "404", description = "No such run within the auditor's scope")
    RunView get(@PathVariable String runId) {
        String me = Caller.current().name();
        return new RunView(audits.find(runId, me), audits.findings(runId, me));
    }

    @GetMapping(path = "/{runId}.csv", produces = "text/csv")
    @Operation(summary = "A run's findings as CSV", description = "Roles: AUDITOR (run within scope).")
    @ApiResponse(responseCode = "200", description = "One finding per row",
            content = @Content(mediaType = "text/csv"))
    @ApiResponse(responseCode = "404", description = "No such run within the auditor's scope")
    ResponseEntity<String> csv(@PathVariable String runId) {
        String me = Caller.current().name();
        audits.find(runId, me);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + runId + ".csv\"")
                .body(FindingsCsv.of(audits.findings(runId, me)));
    }

    @GetMapping("/{runId}/report")
    @Operation(summary = "A run's signed JSON report",
            description = "Roles: AUDITOR (run within scope). Canonical JSON (RFC 8785) with the audit chain head at "
            + "the run and `signature` {alg: HMAC-SHA256, keyId, value}: the MAC of the report without `signature`.")
    @ApiResponse(responseCode = "200", description = "The report as stored")
    @ApiResponse(responseCode = "404", description = "No such run within the auditor's scope")
    ResponseEntity<String> report(@PathVariable String runId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(audits.report(runId, Caller.current().name()));
    }
}
