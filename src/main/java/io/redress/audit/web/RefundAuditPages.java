package io.redress.audit.web;

import io.redress.audit.refunds.RefundAuditRun;
import io.redress.audit.refunds.RefundAudits;
import io.redress.identity.Caller;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditors' refund-audit page: start a run, the latest runs, one run's findings with its CSV and report. */
@Controller
@RequestMapping("/audit/refunds")
@PreAuthorize("hasRole('AUDITOR')")
class RefundAuditPages {

    private final RefundAudits audits;

    RefundAuditPages(RefundAudits audits) {
        this.audits = audits;
    }

    @GetMapping
    String runs(Model model) {
        model.addAttribute("runs", audits.latest(Caller.current().name()));
        return "audit/refunds";
    }

    @PostMapping
    String start(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String shops, @RequestParam(required = false) Integer sample,
            @RequestParam(required = false) Long seed) {
        List<String> shopList = shops == null ? List.of()
                : Arrays.stream(shops.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        RefundAuditRun run = audits.run(new RefundAudits.Request(from, to, shopList, sample, seed),
                Caller.current().name());
        return "redirect:/audit/refunds/" + run.runId();
    }

    @GetMapping("/{runId}")
    String run(@PathVariable String runId, Model model) {
        String me = Caller.current().name();
        model.addAttribute("run", audits.find(runId, me));
        model.addAttribute("findings", audits.findings(runId, me));
        return "audit/refund-run";
    }

    @GetMapping("/{runId}.csv")
    ResponseEntity<String> csv(@PathVariable String runId) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + runId + ".csv\"")
                .body(FindingsCsv.of(audits.findings(runId, Caller.current().name())));
    }

    @GetMapping("/{runId}/report.json")
    ResponseEntity<String> report(@PathVariable String runId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + runId + ".json\"")
                .body(audits.report(runId, Caller.current().name()));
    }
}
