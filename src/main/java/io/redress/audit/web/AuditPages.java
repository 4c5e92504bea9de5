package io.redress.audit.web;

import io.redress.audit.AuditLog;
import io.redress.audit.refunds.AuditorScope;
import io.redress.audit.refunds.AuditorScopes;
import io.redress.identity.Caller;
import org.springframework.security.access.AccessDeniedException;
import io.redress.shared.InvalidRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditors' console page: the live chain's check, the daily digests, and exports to verify offline. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('AUDITOR')")
class AuditPages {

    private final AuditLog log;
    private final AuditorScopes scopes;

    AuditPages(AuditLog log, AuditorScopes scopes) {
        this.log = log;
        this.scopes = scopes;
    }

    @GetMapping
    String chain(Model model) {
        model.addAttribute("verdict", log.verifyLive());
        model.addAttribute("digests", log.digests(null, null).stream().limit(31).toList());
        return "audit/chain";
    }

    @GetMapping("/events.jsonl")
    void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletResponse response) throws IOException {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidRequest("to", "must not be before from");
        }
        AuditorScope scope = scopes.of(Caller.current().name());
        if (!scope.shops().isEmpty()) {
            throw new AccessDeniedException("auditor " + scope.username() + " is limited to shops " + scope.shops());
        }
        LocalDate[] days = scope.days(from, to);
        from = days[0];
        to = days[1];
        response.setContentType(AuditController.JSON_LINES + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-" + (from == null ? "start" : from)
                + "-" + (to == null ? "now" : to) + ".jsonl\"");
        log.export(from, to, response.getOutputStream());
    }
}
