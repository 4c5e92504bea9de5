package io.redress.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One report as computed: what was asked (days {@code from}..{@code to} inclusive in {@code zone}, a shop or all) and
 * its table, {@code columns} in order and one map per row keyed by them.
 */
public record Report(String name, LocalDate from, LocalDate to, String shop, String zone, Instant generatedAt,
        List<String> columns, List<Map<String, Object>> rows) {

    public Report {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** RFC 4180 CSV with a header row; a text cell that a spreadsheet would take for a formula is quoted with '. */
    public String csv() {
        StringBuilder out = new StringBuilder(String.join(",", columns)).append("\r\n");
        for (Map<String, Object> row : rows) {
            StringBuilder line = new StringBuilder();
            for (String column : columns) {
                if (line.length() > 0) {
                    line.append(',');
                }
                line.append(cell(row.get(column)));
            }
            out.append(line).append("\r\n");
        }
        return out.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String v = value.toString();
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.matches("[A-Za-z0-9_.:\\-]*") ? v : "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
