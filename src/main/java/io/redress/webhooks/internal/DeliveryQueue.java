package io.redress.webhooks.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.redress.shared.Databases;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which delivery is sent next, by whom, and what came of it; safe with any number of nodes. A node claims a
 * delivery by writing its name and a lease into the row with a conditional update (on PostgreSQL after
 * {@code FOR UPDATE SKIP LOCKED}, so nodes do not queue behind each other's claims); a node that dies leaves a lease
 * that runs out, and the delivery is claimed again: delivered at least once. A delivery is claimable only when no
 * earlier delivery of the same endpoint and subject (case) is still pending: per case, in order.
 */
@Component
class DeliveryQueue {

    private static final String DUE = "SELECT d.delivery_id FROM webhook_delivery d"
            + " JOIN webhook_endpoint e ON e.endpoint_id = d.endpoint_id"
            + " WHERE d.status = 'PENDING' AND d.next_attempt_at <= ? AND (d.lease_until IS NULL OR d.lease_until < ?)"
            + " AND e.enabled AND NOT EXISTS (SELECT 1 FROM webhook_delivery p WHERE p.endpoint_id = d.endpoint_id"
            + " AND p.subject = d.subject AND p.status = 'PENDING' AND p.seq < d.seq)"
            + " ORDER BY d.seq LIMIT 1";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final WebhookProperties properties;
    private final RetrySchedule schedule;
    private final MeterRegistry meters;
    private final String skipLocked;

    DeliveryQueue(JdbcClient jdbc, Clock clock, WebhookProperties properties, MeterRegistry meters, DataSource dataSource) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.schedule = RetrySchedule.of(properties);
        this.meters = meters;
        this.skipLocked = Databases.isPostgreSql(dataSource) ? " FOR UPDATE OF d SKIP LOCKED" : "";
    }

    /** Claims the next due delivery for {@code node}, leased until the lease has passed. */
    @Transactional
    public Optional<Delivery> claim(String node) {
        Instant now = clock.instant();
        Optional<String> due = jdbc.sql(DUE + skipLocked).params(Endpoints.utc(now), Endpoints.utc(now))
                .query(String.class).optional();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        int claimed = jdbc.sql("UPDATE webhook_delivery SET lease_owner = ?, lease_until = ? WHERE delivery_id = ?"
                        + " AND status = 'PENDING' AND (lease_until IS NULL OR lease_until < ?)")
                .params(node, Endpoints.utc(now.plus(properties.lease())), due.get(), Endpoints.utc(now)).update();
        return claimed == 1 ? Optional.of(jdbc.sql(Deliveries.SELECT + " WHERE d.delivery_id = ?").param(due.get())
                .query(Deliveries::row).single()) : Optional.empty();
    }

    /** The receiver answered 2xx. False when the lease was lost meanwhile (another node owns the delivery). */
    @Transactional
    public boolean succeeded(Delivery delivery, String node, Instant attemptedAt, int statusCode, long durationMs) {
        Instant now = clock.instant();
        int updated = jdbc.sql("UPDATE webhook_delivery SET status = 'SUCCEEDED', attempts = attempts + 1, last_status_code = ?,"
                        + " last_error = NULL, first_attempt_at = COALESCE(first_attempt_at, ?), completed_at = ?,"
                        + " lease_owner = NULL, lease_until = NULL WHERE delivery_id = ? AND lease_owner = ? AND status = 'PENDING'")
                .params(statusCode, Endpoints.utc(attemptedAt), Endpoints.utc(now), delivery.deliveryId(), node).update();
        if (updated == 0) {
            return false;
        }
        log(delivery, attemptedAt, statusCode, null, durationMs);
        jdbc.sql("UPDATE webhook_endpoint SET failing_since = NULL WHERE endpoint_id = ?").param(delivery.endpointId()).update();
        meters.counter("redress.webhooks.deliveries", "outcome", "succeeded").increment();
        return true;
    }

    /**
     * The receiver failed (non-2xx, a redirect, no answer in time): tried again on the schedule, given up after
     * three days from the first attempt; an endpoint that has failed without a single success for as long is
     * disabled until its owner enables it again.
     */
    @Transactional
    public boolean failed(Delivery delivery, String node, Instant attemptedAt, Integer statusCode, String error, long durationMs) {
        Instant now = clock.instant();
        Instant first = delivery.firstAttemptAt() == null ? attemptedAt : delivery.firstAttemptAt();
        Optional<Instant> next = schedule.next(first, delivery.attempts() + 1, now);
        String shortError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        int updated = jdbc.sql("UPDATE webhook_delivery SET status = ?, attempts = attempts + 1, last_status_code = ?,"
                        + " last_error = ?, first_attempt_at = ?, next_attempt_at = ?, completed_at = ?, lease_owner = NULL,"
                        + " lease_until = NULL WHERE delivery_id = ? AND lease_owner = ? AND status = 'PENDING'")
                .params(next.isPresent() ? "PENDING" : "FAILED", statusCode, shortError, Endpoints.utc(first),
                        Endpoints.utc(next.orElse(now)), next.isPresent() ? null : Endpoints.utc(now),
                        delivery.deliveryId(), node)
                .update();
        if (updated == 0) {
            return false;
        }
        log(delivery, attemptedAt, statusCode, shortError, durationMs);
        jdbc.sql("UPDATE webhook_endpoint SET failing_since = COALESCE(failing_since, ?) WHERE endpoint_id = ?")
                .params(Endpoints.utc(attemptedAt), delivery.endpointId()).update();
        jdbc.sql("UPDATE webhook_endpoint SET enabled = FALSE, disabled_reason = ? WHERE endpoint_id = ? AND enabled"
                        + " AND failing_since <= ?")
                .params("every delivery failed for " + properties.giveUpAfter(), delivery.endpointId(),
                        Endpoints.utc(now.minus(properties.giveUpAfter())))
                .update();
        meters.counter("redress.webhooks.deliveries", "outcome", next.isPresent() ? "failed" : "gave_up").increment();
        return true;
    }

    private void log(Delivery delivery, Instant attemptedAt, Integer statusCode, String error, long durationMs) {
        jdbc.sql("INSERT INTO webhook_attempt (delivery_id, attempt_no, attempted_at, status_code, error, duration_ms)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(delivery.deliveryId(), delivery.attempts() + 1, Endpoints.utc(attemptedAt), statusCode, error,
                        durationMs)
                .update();
    }
}
