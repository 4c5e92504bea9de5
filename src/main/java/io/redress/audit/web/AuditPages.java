package io.redress.audit.web;

import io.redress.audit.AuditLog;
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

    AuditPages(AuditLog log) {
        this.log = log;
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
        response.setContentType(AuditController.JSON_LINES + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-" + (from == null ? "start" : from)
                + "-" + (to == null ? "now" : to) + ".jsonl\"");
        log.export(from, to, response.getOutputStream());
    }
}
