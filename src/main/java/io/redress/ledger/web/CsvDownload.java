package io.redress.ledger.web;

import io.redress.ledger.ReconciliationReport;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The reconciliation report as a CSV attachment, named after the time it was made. */
final class CsvDownload {

    private CsvDownload() {
    }

    static ResponseEntity<String> of(ReconciliationReport report) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"reconciliation-" + report.generatedAt().toString().replace(':', '-') + ".csv\"")
                .body(report.toCsv());
    }
}
