package io.redress.ledger.internal;

import io.redress.ledger.BreakKind;
import io.redress.ledger.ReconciliationBreak;
import io.redress.payments.GatewayResult.Status;
import io.redress.payments.PspStatementLine;
import io.redress.payments.RefundAttempt;
import io.redress.payments.RefundStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The comparison itself, a pure function of the three sets of records. */
final class BreakFinder {

    private BreakFinder() {
    }

    static List<ReconciliationBreak> find(List<RefundAttempt> attempts, List<PspStatementLine> statement,
            Map<String, Long> ledgerPayouts, Instant now, Duration stuckAfter) {
        Map<String, List<PspStatementLine>> psp = new LinkedHashMap<>();
        statement.forEach(line -> psp.computeIfAbsent(line.externalKey(), key -> new ArrayList<>()).add(line));
        List<ReconciliationBreak> breaks = new ArrayList<>();
        for (RefundAttempt attempt : attempts) {
            List<PspStatementLine> rows = psp.getOrDefault(attempt.externalKey(), List.of());
            psp.remove(attempt.externalKey());
            List<PspStatementLine> paid = rows.stream().filter(row -> row.status() == Status.SUCCEEDED).toList();
            Long pspAmount = paid.isEmpty() ? null : paid.stream().mapToLong(PspStatementLine::amount).sum();
            Long ledger = ledgerPayouts.get(attempt.externalKey());
            Break at = (kind, detail) -> breaks.add(new ReconciliationBreak(kind, attempt.externalKey(), attempt.refundRef(),
                    attempt.orderId(), attempt.amount(), pspAmount, ledger, detail, attempt.createdAt(),
                    Duration.between(attempt.createdAt(), now).toMinutes()));
            if (paid.size() > 1) {
                at.add(BreakKind.DUPLICATE, "the PSP paid this key " + paid.size() + " times");
            }
            if (attempt.status() == RefundStatus.SUCCEEDED) {
                if (paid.isEmpty()) {
                    at.add(rows.isEmpty() ? BreakKind.MISSING_AT_PSP : BreakKind.STATUS_MISMATCH,
                            rows.isEmpty() ? "succeeded here, unknown to the PSP" : "succeeded here, " + rows.get(0).status() + " at the PSP");
                } else if (paid.size() == 1 && paid.get(0).amount() != attempt.amount()) {
                    at.add(BreakKind.AMOUNT_MISMATCH, "the PSP paid " + paid.get(0).amount());
                }
                if (ledger == null) {
                    at.add(BreakKind.NOT_POSTED, "no ledger payout for this key");
                } else if (ledger != attempt.amount()) {
                    at.add(BreakKind.AMOUNT_MISMATCH, "the ledger paid out " + ledger);
                }
            } else if (attempt.status() == RefundStatus.FAILED && !paid.isEmpty()) {
                at.add(BreakKind.STATUS_MISMATCH, "failed here, paid by the PSP");
            } else if (!attempt.status().isFinal()
                    && (attempt.parked() || Duration.between(attempt.createdAt(), now).compareTo(stuckAfter) > 0)) {
                at.add(BreakKind.STUCK, attempt.status() + (attempt.parked() ? ", parked: " + attempt.parkReason() : "")
                        + (paid.isEmpty() ? "" : "; the PSP has paid it"));
            }
        }
        psp.forEach((key, rows) -> rows.stream().filter(row -> row.status() == Status.SUCCEEDED).findFirst().ifPresent(row -> {
            Instant since = row.createdAt() == null ? now : row.createdAt();
            breaks.add(new ReconciliationBreak(BreakKind.UNKNOWN_TO_REDRESS, key, null, null, null,
                    rows.stream().filter(r -> r.status() == Status.SUCCEEDED).mapToLong(PspStatementLine::amount).sum(), null,
                    "the PSP paid a refund Redress never sent", since, Duration.between(since, now).toMinutes()));
        }));
        return breaks;
    }

    private interface Break {
        void add(BreakKind kind, String detail);
    }
}
