package io.redress.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.redress.deadlines.DeadlineExpired;
import io.redress.shared.AfterCommit;
import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;

/**
 * What is waiting, read from the owning modules' tables at each scrape (counts only, never written here): deadlines
 * set and not yet fired, the breaks of the latest reconciliation run, webhook deliveries pending; and how late each
 * deadline fired after it was due.
 */
@Component
class BacklogGauges {

    private final Clock clock;
    private final Timer firingLag;

    BacklogGauges(MeterRegistry meters, JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.firingLag = Timer.builder("redress.deadlines.firing.lag").description("How late a deadline fired after it was due")
                .publishPercentileHistogram().register(meters);
        Gauge.builder("redress.deadlines.pending", () -> count(jdbc, "SELECT COUNT(*) FROM case_deadline WHERE fired_at IS NULL"))
                .description("Case deadlines set and not yet fired").register(meters);
        Gauge.builder("redress.reconciliation.breaks", () -> count(jdbc,
                        "SELECT COALESCE(MAX(breaks), 0) FROM reconciliation_run WHERE run_id = (SELECT MAX(run_id) FROM reconciliation_run)"))
                .description("Breaks found by the latest reconciliation run").register(meters);
        Gauge.builder("redress.webhooks.pending", () -> count(jdbc, "SELECT COUNT(*) FROM webhook_delivery WHERE status = 'PENDING'"))
                .description("Webhook deliveries not yet delivered nor given up").register(meters);
    }

    @EventListener
    void on(DeadlineExpired expired) {
        Duration lag = Duration.between(expired.dueAt(), clock.instant());
        AfterCommit.run(() -> firingLag.record(lag.isNegative() ? Duration.ZERO : lag));
    }

    private static double count(JdbcClient jdbc, String sql) {
        try {
            return jdbc.sql(sql).query(Long.class).single();
        } catch (RuntimeException unavailable) {
            return Double.NaN;
        }
    }
}
