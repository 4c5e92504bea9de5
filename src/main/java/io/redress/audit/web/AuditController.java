package io.redress.audit.web;

import io.redress.audit.AuditDigest;
import io.redress.audit.AuditLog;
import io.redress.audit.ChainVerifier;
import io.redress.audit.refunds.AuditorScope;
import io.redress.audit.refunds.AuditorScopes;
import io.redress.identity.Caller;
import org.springframework.security.access.AccessDeniedException;
import io.redress.shared.InvalidRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for auditors, read-only: the records as JSON Lines, the daily digests, the live chain's check. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('AUDITOR')")
class AuditController {

    static final String JSON_LINES = "application/x-ndjson";

    private final AuditLog log;
    private final AuditorScopes scopes;

    AuditController(AuditLog log, AuditorScopes scopes) {
        this.log = log;
        this.scopes = scopes;
    }

    @GetMapping(path = "/events", produces = JSON_LINES)
    @Operation(summary = "Export audit records as JSON Lines",
            description = "Roles: AUDITOR. The records written on the days from..to (inclusive, in redress.zone; "
            + "either may be left out), one canonical JSON object per line in chain order, streamed. Verify offline "
            + "with `java -jar redress.jar audit-verify FILE --digest HEX` (docs/audit.md).")
    @ApiResponse(responseCode = "200", description = "The records", content = @Content(mediaType = JSON_LINES))
    @ApiResponse(responseCode = "400", description = "from or to is not a date (YYYY-MM-DD), or to is before from")
    @ApiResponse(responseCode = "403", description = "The caller is not an auditor, or is limited to shops, or the "
            + "days lie outside the auditor's scope")
    void events(@Parameter(description = "first day, YYYY-MM-DD") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last day, YYYY-MM-DD") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletResponse response) throws IOException {
        requireOrder(from, to);
        AuditorScope scope = scopes.of(Caller.current().name());
        if (!scope.shops().isEmpty()) {
            // the chain cannot be cut by shop without breaking it: a shop-scoped auditor gets the refund audit only
            throw new AccessDeniedException("auditor " + scope.username() + " is limited to shops " + scope.shops());
        }
        LocalDate[] days = scope.days(from, to);
        from = days[0];
        to = days[1];
        response.setContentType(JSON_LINES + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-" + (from == null ? "start" : from)
                + "-" + (to == null ? "now" : to) + ".jsonl\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        log.export(from, to, response.getOutputStream());
    }

    @GetMapping("/digests")
    @Operation(summary = "Daily digests of the audit chain",
            description = "Roles: AUDITOR. The chain head (seq and hash) at the end of each day in redress.zone, "
            + "newest first; keep them to verify later exports.")
    @ApiResponse(responseCode = "200", description = "The digests")
    @ApiResponse(responseCode = "400", description = "from or to is not a date, or to is before from")
    @ApiResponse(responseCode = "403", description = "The caller is not an auditor")
    List<AuditDigest> digests(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        requireOrder(from, to);
        return log.digests(from, to);
    }

    @GetMapping("/chain")
    @Operation(summary = "Verify the stored audit chain",
            description = "Roles: AUDITOR. Checks every stored record from the first, as the offline verifier does, "
            + "and names the first broken, missing, reordered or altered one.")
    @ApiResponse(responseCode = "200", description = "The verdict (intact or the first problem)")
    @ApiResponse(responseCode = "403", description = "The caller is not an auditor")
    ChainStatus chain() {
        return ChainStatus.of(log.verifyLive());
    }

    private static void requireOrder(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidRequest("to", "must not be before from");
        }
    }

    /** The live chain's verdict as the API shows it. */
    record ChainStatus(boolean intact, long records, long lastSeq, String head, ChainVerifier.Finding firstProblem) {

        static ChainStatus of(ChainVerifier.Verdict v) {
            return new ChainStatus(v.intact(), v.records(), v.lastSeq(), v.head(), v.finding());
        }
    }
}
