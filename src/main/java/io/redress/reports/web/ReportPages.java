package io.redress.reports.web;

import io.redress.identity.Caller;
import io.redress.reports.Report;
import io.redress.reports.ReportName;
import io.redress.reports.Reports;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The console's reports page: every report as a chart and a table, the filters, and each one's CSV. */
@Controller
@RequestMapping("/console/reports")
@PreAuthorize("hasAnyRole('AGENT', 'SENIOR_AGENT', 'AUDITOR', 'ADMIN', 'SELLER')")
class ReportPages {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final Reports reports;
    private final MessageSource messages;

    ReportPages(Reports reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    /** One report on the page: the table, and the same as JSON with its column labels for the chart. */
    record Section(String name, Report report, Map<String, String> labels, String json) {
    }

    @GetMapping
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String shop, Model model, Locale locale) {
        Caller caller = Caller.current();
        List<Section> sections = new ArrayList<>();
        for (ReportName name : ReportName.values()) {
            Report report = reports.report(name.path(), new Reports.Query(from, to, shop), caller);
            Map<String, String> labels = new LinkedHashMap<>();
            report.columns().forEach(c -> labels.put(c, messages.getMessage("reports.col." + c, null, c, locale)));
            Map<String, Object> chart = new LinkedHashMap<>();
            chart.put("name", name.path());
            chart.put("labels", labels);
            chart.put("rows", report.rows());
            sections.add(new Section(name.path(), report, labels, JSON.writeValueAsString(chart)));
        }
        Report first = sections.get(0).report();
        model.addAttribute("sections", sections);
        model.addAttribute("from", first.from());
        model.addAttribute("to", first.to());
        model.addAttribute("shop", first.shop());
        model.addAttribute("shopFixed", caller.has(io.redress.identity.Role.SELLER));
        return "reports/reports";
    }

    @GetMapping("/{name}.csv")
    ResponseEntity<String> csv(@PathVariable String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String shop) {
        Report report = reports.report(name, new Reports.Query(from, to, shop), Caller.current());
        return ResponseEntity.ok().contentType(ReportController.CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + ReportController.filename(report) + "\"")
                .body(report.csv());
    }
}
