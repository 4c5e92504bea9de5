package io.redress.audit.refunds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One refund-audit run: who asked for which days, shops (empty: all) and sample (null: every decision) with which
 * seed, how many decisions it recomputed, the audit chain head at the time, and what it found.
 */
public record RefundAuditRun(String runId, String requestedBy, LocalDate from, LocalDate to, List<String> shops,
        Integer sample, long seed, Instant startedAt, int decisionsChecked, int findingsCount, long chainSeq,
        String chainHash) {

    public RefundAuditRun {
        shops = List.copyOf(shops);
    }

    /** Whether an auditor with {@code scope} may read this run: its days and shops lie within the scope. */
    public boolean within(AuditorScope scope) {
        boolean days = (scope.from() == null || !from.isBefore(scope.from()))
                && (scope.to() == null || !to.isAfter(scope.to()));
        boolean shopsIn = scope.shops().isEmpty() || (!shops.isEmpty() && scope.shops().containsAll(shops));
        return days && shopsIn;
    }
}
