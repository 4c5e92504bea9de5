package io.redress.reports.web;

import io.redress.identity.Caller;
import io.redress.reports.Report;
import io.redress.reports.Reports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reports as JSON or CSV (docs/reports.md). */
@RestController
@RequestMapping("/api/v1/reports")
@PreAuthorize("hasAnyRole('AGENT', 'SENIOR_AGENT', 'AUDITOR', 'ADMIN', 'SELLER')")
class ReportController {

    static final String ROLES = "Roles: AGENT, SENIOR_AGENT, AUDITOR, ADMIN (every shop, or the one in `shop`; an "
            + "auditor with a scope only its days and shops); SELLER (its own shop only: another shop is 404). ";
    static final String NAMES = "time-to-money, time-to-close, resolution, sla-breaches, refund-rate, refunded-money";
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Reports reports;

    ReportController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/{name}")
    @Operation(summary = "A report", description = ROLES + "Days from..to inclusive in redress.zone (default: the "
            + "last 30 days; at most 366). Columns per report are in docs/reports.md; durations in seconds, "
            + "percentiles nearest-rank, shares to four places, money in minor units. Accept: text/csv answers the "
            + "CSV of GET /api/v1/reports/{name}.csv.")
    @ApiResponse(responseCode = "200", description = "The report")
    @ApiResponse(responseCode = "400", description = "from/to not dates, to before from, a range over 366 days, "
            + "or more rows than a report reads")
    @ApiResponse(responseCode = "403", description = "The role may not read reports (buyers, the marketplace), or "
            + "days or a shop outside a scoped auditor's scope")
    @ApiResponse(responseCode = "404", description = "No such report, or a seller asking about another shop")
    Report report(@Parameter(schema = @Schema(allowableValues = {"time-to-money", "time-to-close", "resolution",
                    "sla-breaches", "refund-rate", "refunded-money"})) @PathVariable String name,
            @Parameter(description = "first day, YYYY-MM-DD") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last day, YYYY-MM-DD") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "one shop's id") @RequestParam(required = false) String shop) {
        return reports.report(name, new Reports.Query(from, to, shop), Caller.current());
    }

    @GetMapping(path = "/{name}", produces = "text/csv")
    @Operation(hidden = true)
    ResponseEntity<String> negotiated(@PathVariable String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String shop) {
        return csv(name, from, to, shop);
    }

    @GetMapping(path = "/{name}.csv", produces = "text/csv")
    @Operation(summary = "A report as CSV", description = ROLES + "The same table as GET /api/v1/reports/{name}, "
            + "RFC 4180 with a header row of the column names.")
    @ApiResponse(responseCode = "200", description = "One row per row of the report",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "from/to not dates, to before from, a range over 366 days, "
            + "or more rows than a report reads")
    @ApiResponse(responseCode = "403", description = "The role may not read reports (buyers, the marketplace), or "
            + "days or a shop outside a scoped auditor's scope")
    @ApiResponse(responseCode = "404", description = "No such report, or a seller asking about another shop")
    ResponseEntity<String> csv(@Parameter(schema = @Schema(allowableValues = {"time-to-money", "time-to-close",
                    "resolution", "sla-breaches", "refund-rate", "refunded-money"})) @PathVariable String name,
            @Parameter(description = "first day, YYYY-MM-DD") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last day, YYYY-MM-DD") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "one shop's id") @RequestParam(required = false) String shop) {
        Report report = reports.report(name, new Reports.Query(from, to, shop), Caller.current());
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename(report) + "\"")
                .body(report.csv());
    }

    /** {@code time-to-money_2026-11-01_2026-11-30[_shop-1].csv} */
    static String filename(Report report) {
        String shop = report.shop() == null ? "" : "_" + report.shop().replaceAll("[^A-Za-z0-9_-]", "_");
        return report.name() + "_" + report.from() + "_" + report.to() + shop + ".csv";
    }
}
