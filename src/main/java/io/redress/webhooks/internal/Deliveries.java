package io.redress.webhooks.internal;

import io.redress.shared.ConflictingState;
import io.redress.shared.ResourceNotFound;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The delivery log: listing, the attempts of each delivery, and replay. */
@Component
public class Deliveries {

    static final String SELECT = "SELECT d.delivery_id, d.seq, d.event_id, ev.event_type, d.endpoint_id, d.subject, d.status,"
            + " d.attempts, d.next_attempt_at, d.first_attempt_at, d.last_status_code, d.last_error, d.replay_of,"
            + " d.created_at, d.completed_at FROM webhook_delivery d JOIN webhook_event ev ON ev.event_id = d.event_id";

    private final JdbcClient jdbc;
    private final Clock clock;

    Deliveries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The newest deliveries of these endpoints, optionally in one status, at most {@code limit}. */
    public List<Delivery> of(List<String> endpointIds, String status, int limit) {
        if (endpointIds.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(endpointIds);
        String sql = SELECT + " WHERE d.endpoint_id IN (" + "?,".repeat(endpointIds.size()).replaceFirst(",$", ")");
        if (status != null) {
            sql += " AND d.status = ?";
            params.add(status);
        }
        return jdbc.sql(sql + " ORDER BY d.seq DESC LIMIT " + limit).params(params).query(Deliveries::row).list();
    }

    public Delivery find(String deliveryId) {
        return jdbc.sql(SELECT + " WHERE d.delivery_id = ?").param(deliveryId).query(Deliveries::row).optional()
                .orElseThrow(() -> new ResourceNotFound("webhook delivery", deliveryId));
    }

    public List<DeliveryAttempt> attempts(String deliveryId) {
        return jdbc.sql("SELECT attempt_no, attempted_at, status_code, error, duration_ms FROM webhook_attempt"
                        + " WHERE delivery_id = ? ORDER BY attempt_no")
                .param(deliveryId)
                .query((rs, n) -> new DeliveryAttempt(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        (Integer) rs.getObject(3), rs.getString(4), rs.getLong(5)))
                .list();
    }

    /**
     * Sends the delivery's event to its endpoint again, as a new delivery with the same webhook-id, behind what is
     * already queued for its case. A delivery still pending is not replayed (409): it is going to be sent anyway.
     */
    @Transactional
    public Delivery replay(Delivery original) {
        if ("PENDING".equals(original.status())) {
            throw new ConflictingState("delivery " + original.deliveryId() + " is still pending; it will be sent anyway");
        }
        String deliveryId = "wd_" + UUID.randomUUID().toString().replace("-", "");
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO webhook_delivery (delivery_id, event_id, endpoint_id, subject, status, next_attempt_at,"
                        + " replay_of, created_at) VALUES (?, ?, ?, ?, 'PENDING', ?, ?, ?)")
                .params(deliveryId, original.eventId(), original.endpointId(), original.subject(), Endpoints.utc(now),
                        original.deliveryId(), Endpoints.utc(now))
                .update();
        return find(deliveryId);
    }

    /** Replays every delivery of the endpoint in {@code status} created at or after {@code since}, oldest first. */
    @Transactional
    public List<Delivery> replayAll(String endpointId, String status, Instant since) {
        List<Delivery> matching = jdbc.sql(SELECT + " WHERE d.endpoint_id = ? AND d.status = ? AND d.created_at >= ? ORDER BY d.seq")
                .params(endpointId, status, Endpoints.utc(since)).query(Deliveries::row).list();
        return matching.stream().map(this::replay).toList();
    }

    static Delivery row(ResultSet rs, int n) throws SQLException {
        return new Delivery(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getInt(8), instant(rs, 9), instant(rs, 10),
                (Integer) rs.getObject(11), rs.getString(12), rs.getString(13), instant(rs, 14), instant(rs, 15));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
