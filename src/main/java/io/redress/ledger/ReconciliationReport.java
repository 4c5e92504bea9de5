package io.redress.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Refund attempts and ledger payouts compared with the PSP's records; no breaks means the books agree. */
public record ReconciliationReport(Instant generatedAt, int attemptsChecked, int pspRecords, List<ReconciliationBreak> breaks) {

    static final String CSV_HEADER = "kind,externalKey,refundRef,orderId,attemptAmount,pspAmount,ledgerAmount,ageMinutes,since,detail";

    public ReconciliationReport {
        breaks = List.copyOf(breaks);
    }

    /** RFC 4180 CSV, one break per row, amounts in minor units. */
    public String toCsv() {
        return Stream.concat(Stream.of(CSV_HEADER), breaks.stream().map(b -> Stream.of(b.kind(), b.externalKey(), b.refundRef(),
                        b.orderId(), b.attemptAmount(), b.pspAmount(), b.ledgerAmount(), b.ageMinutes(), b.since(), b.detail())
                .map(ReconciliationReport::cell).collect(Collectors.joining(","))))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static String cell(Object value) {
        String text = Objects.toString(value, "");
        // A leading formula character would run in a spreadsheet; quoting alone does not stop it.
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+")) {
            text = "'" + text;
        }
        return text.matches("[^\",\r\n]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
