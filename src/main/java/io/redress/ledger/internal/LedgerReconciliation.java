package io.redress.ledger.internal;

import io.redress.ledger.Reconciliation;
import io.redress.ledger.ReconciliationCheck;
import io.redress.ledger.ReconciliationBreak;
import io.redress.ledger.ReconciliationReport;
import io.redress.payments.PaymentGateway;
import io.redress.payments.PspStatementLine;
import io.redress.payments.RefundAttempt;
import io.redress.payments.Refunds;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the comparison on demand, and daily through {@link LedgerTasks}, keeping each daily run's breaks.
 * The PSP's records are read first, and attempts created after that are left to the next run, so a refund
 * in flight during the run is not reported as missing.
 */
@Service
class LedgerReconciliation implements Reconciliation {

    private static final Logger log = LoggerFactory.getLogger(LedgerReconciliation.class);

    private final Refunds refunds;
    private final PaymentGateway gateway;
    private final JournalRows rows;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration stuckAfter;
    private final List<ReconciliationCheck> checks;

    LedgerReconciliation(Refunds refunds, PaymentGateway gateway, JournalRows rows, JdbcClient jdbc, Clock clock,
            @Value("${redress.ledger.stuck-after:PT1H}") Duration stuckAfter, List<ReconciliationCheck> checks) {
        this.refunds = refunds;
        this.gateway = gateway;
        this.rows = rows;
        this.jdbc = jdbc;
        this.clock = clock;
        this.stuckAfter = stuckAfter;
        this.checks = List.copyOf(checks);
    }

    @Override
    public ReconciliationReport report() {
        Instant now = clock.instant();
        List<PspStatementLine> statement = gateway.statement();
        List<RefundAttempt> attempts = refunds.allAttempts().stream().filter(a -> !a.createdAt().isAfter(now)).toList();
        List<ReconciliationBreak> breaks = new java.util.ArrayList<>(
                BreakFinder.find(attempts, statement, rows.payouts(), now, stuckAfter));
        breaks.addAll(AdvanceBreaks.find(rows.lines(io.redress.ledger.Account.PLATFORM_ADVANCE), now));
        checks.forEach(check -> breaks.addAll(check.breaks(now)));
        return new ReconciliationReport(now, attempts.size(), statement.size(), breaks);
    }

    /** Runs the comparison and keeps its result. */
    @Transactional
    public ReconciliationReport recordRun() {
        ReconciliationReport report = report();
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO reconciliation_run (ran_at, attempts_checked, psp_records, breaks) VALUES (?, ?, ?, ?)")
                .params(at(report.generatedAt()), report.attemptsChecked(), report.pspRecords(), report.breaks().size())
                .update(key, "run_id");
        long runId = key.getKey().longValue();
        int no = 0;
        for (ReconciliationBreak b : report.breaks()) {
            jdbc.sql("""
                    INSERT INTO reconciliation_break (run_id, break_no, kind, external_key, refund_ref, order_id, attempt_amount,
                        psp_amount, ledger_amount, detail, since, age_minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(runId, ++no, b.kind().name(), b.externalKey(), b.refundRef(), b.orderId(), b.attemptAmount(),
                            b.pspAmount(), b.ledgerAmount(), b.detail(), at(b.since()), b.ageMinutes())
                    .update();
        }
        if (!report.breaks().isEmpty()) {
            log.warn("reconciliation run {} found {} breaks", runId, report.breaks().size());
        }
        return report;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
