package io.redress.audit.web;

import io.redress.audit.refunds.Finding;
import java.util.List;

/** Findings as RFC 4180 CSV with a header row. */
final class FindingsCsv {

    private FindingsCsv() {
    }

    static String of(List<Finding> findings) {
        StringBuilder out = new StringBuilder("refundRef,caseId,shopId,part,expected,found,explanation\r\n");
        for (Finding f : findings) {
            out.append(String.join(",", cell(f.refundRef()), cell(f.caseId()), cell(f.shopId()), cell(f.part()),
                    cell(f.expected()), cell(f.found()), cell(f.explanation()))).append("\r\n");
        }
        return out.toString();
    }

    private static String cell(String value) {
        String v = value == null ? "" : value;
        // a leading = + - @ would be a formula in a spreadsheet
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+")) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
