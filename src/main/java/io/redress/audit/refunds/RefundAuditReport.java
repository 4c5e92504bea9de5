package io.redress.audit.refunds;

import io.redress.audit.Canonical;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The JSON report of a run (canonical, signed): what was asked, the chain head it is tied to, every finding. */
@Component
class RefundAuditReport {

    private final ReportSigner signer;

    RefundAuditReport(ReportSigner signer) {
        this.signer = signer;
    }

    String signed(RefundAuditRun run, List<Finding> findings) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("runId", run.runId());
        report.put("requestedBy", run.requestedBy());
        report.put("from", run.from().toString());
        report.put("to", run.to().toString());
        report.put("shops", run.shops());
        if (run.sample() != null) {
            report.put("sample", (long) run.sample());
        }
        report.put("seed", String.valueOf(run.seed()));
        report.put("startedAt", run.startedAt().toString());
        report.put("decisionsChecked", (long) run.decisionsChecked());
        report.put("chainHead", Map.of("seq", run.chainSeq(), "hash", run.chainHash()));
        List<Object> items = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("refundRef", f.refundRef());
            item.put("caseId", f.caseId());
            item.put("shopId", f.shopId());
            item.put("part", f.part());
            item.put("expected", f.expected());
            item.put("found", f.found());
            item.put("explanation", f.explanation());
            items.add(item);
        }
        report.put("findings", items);
        return Canonical.json(signer.sign(report));
    }
}
