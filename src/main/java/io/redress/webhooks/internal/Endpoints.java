package io.redress.webhooks.internal;

import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.shared.Remembered;
import io.redress.shared.ResourceNotFound;
import io.redress.shared.TransactionMemory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registered receivers and their secrets. An owner sees and changes only its own endpoints; an admin all.
 * Secrets are shown once, when created or rotated; a rotated-out secret keeps signing until its expiry.
 */
@Component
public class Endpoints {

    /** An endpoint just registered or rotated, with the one secret it is shown with. */
    public record WithSecret(Endpoint endpoint, String secret, Instant previousSecretExpiresAt) {
    }

    private static final String SELECT = "SELECT endpoint_id, owner, url, event_types, description, enabled, disabled_reason,"
            + " failing_since, created_at FROM webhook_endpoint";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final WebhookProperties properties;

    /**
     * The enabled endpoints as this transaction first read them: each event it publishes is matched against the
     * same list (an endpoint enabled while it runs is as if enabled just after it); forgotten when it changes one.
     */
    private final TransactionMemory<Boolean, List<Endpoint>> enabled = new TransactionMemory<>();

    /**
     * The enabled endpoints as last read, for {@code redress.webhooks.endpoint-lookup-ttl}: an endpoint registered,
     * enabled or disabled through this node is seen at once; through another node, or disabled by the dispatcher
     * for failing, within that time (deliveries recorded for a disabled endpoint wait, as those recorded before it was
     * disabled, until it is enabled again).
     */
    private final Remembered<Boolean, List<Endpoint>> lastRead;

    Endpoints(JdbcClient jdbc, Clock clock, WebhookProperties properties,
            @Value("${redress.webhooks.endpoint-lookup-ttl:PT2S}") Duration lookupTtl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.lastRead = new Remembered<>(lookupTtl);
    }

    @Transactional
    public WithSecret register(Caller owner, String url, List<String> eventTypes, String description) {
        String endpointId = "we_" + UUID.randomUUID().toString().replace("-", "");
        Instant now = clock.instant();
        enabled.forget(Boolean.TRUE);
        lastRead.forgetAll();
        jdbc.sql("INSERT INTO webhook_endpoint (endpoint_id, owner, url, event_types, description, enabled, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, TRUE, ?)")
                .params(endpointId, owner.name(), url, String.join(",", eventTypes), description, utc(now)).update();
        String secret = WebhookSignature.newSecret();
        jdbc.sql("INSERT INTO webhook_secret (endpoint_id, secret_no, secret, created_at) VALUES (?, 1, ?, ?)")
                .params(endpointId, secret, utc(now)).update();
        return new WithSecret(find(endpointId), secret, null);
    }

    public List<Endpoint> visibleTo(Caller caller) {
        if (caller.has(Role.ADMIN)) {
            return jdbc.sql(SELECT + " ORDER BY created_at, endpoint_id").query(Endpoints::row).list();
        }
        return jdbc.sql(SELECT + " WHERE owner = ? ORDER BY created_at, endpoint_id").param(caller.name())
                .query(Endpoints::row).list();
    }

    /** The endpoint if the caller may see it; 404 alike for a missing and a foreign one. */
    public Endpoint visible(Caller caller, String endpointId) {
        return jdbc.sql(SELECT + " WHERE endpoint_id = ?").param(endpointId).query(Endpoints::row).optional()
                .filter(endpoint -> caller.has(Role.ADMIN) || endpoint.owner().equals(caller.name()))
                .orElseThrow(() -> new ResourceNotFound("webhook endpoint", endpointId));
    }

    /** As {@link #visible}, but a hidden endpoint hides the thing of it the caller asked for (a delivery). */
    public Endpoint visibleOrHidden(Caller caller, String endpointId, String resource, String id) {
        try {
            return visible(caller, endpointId);
        } catch (ResourceNotFound hidden) {
            throw new ResourceNotFound(resource, id);
        }
    }

    Endpoint find(String endpointId) {
        return jdbc.sql(SELECT + " WHERE endpoint_id = ?").param(endpointId).query(Endpoints::row).single();
    }

    /** Enabled endpoints subscribed to {@code type}: those a new event of that type is delivered to. */
    List<Endpoint> subscribers(String type) {
        return enabled.computeIfAbsent(Boolean.TRUE, () -> lastRead.get(Boolean.TRUE,
                        all -> jdbc.sql(SELECT + " WHERE enabled").query(Endpoints::row).list()))
                .stream().filter(endpoint -> endpoint.subscribes(type)).toList();
    }

    /** A new current secret; the one current until now signs too until the overlap has passed. */
    @Transactional
    public WithSecret rotateSecret(Caller caller, String endpointId) {
        visible(caller, endpointId);
        jdbc.sql("SELECT endpoint_id FROM webhook_endpoint WHERE endpoint_id = ? FOR UPDATE").param(endpointId)
                .query(String.class).single();
        Instant now = clock.instant();
        Instant overlapEnds = now.plus(properties.secretOverlap());
        jdbc.sql("UPDATE webhook_secret SET expires_at = ? WHERE endpoint_id = ? AND expires_at IS NULL")
                .params(utc(overlapEnds), endpointId).update();
        int next = jdbc.sql("SELECT COALESCE(MAX(secret_no), 0) + 1 FROM webhook_secret WHERE endpoint_id = ?")
                .param(endpointId).query(Integer.class).single();
        String secret = WebhookSignature.newSecret();
        jdbc.sql("INSERT INTO webhook_secret (endpoint_id, secret_no, secret, created_at) VALUES (?, ?, ?, ?)")
                .params(endpointId, next, secret, utc(now)).update();
        return new WithSecret(find(endpointId), secret, overlapEnds);
    }

    /** The secrets that sign a delivery sent at {@code at}: the current one first, then those still in overlap. */
    List<String> signingSecrets(String endpointId, Instant at) {
        return jdbc.sql("SELECT secret FROM webhook_secret WHERE endpoint_id = ? AND (expires_at IS NULL OR expires_at > ?)"
                        + " ORDER BY secret_no DESC")
                .params(endpointId, utc(at)).query(String.class).list();
    }

    @Transactional
    public Endpoint disable(Caller caller, String endpointId) {
        visible(caller, endpointId);
        disable(endpointId, "disabled by " + caller.name());
        return find(endpointId);
    }

    void disable(String endpointId, String reason) {
        enabled.forget(Boolean.TRUE);
        lastRead.forgetAll();
        jdbc.sql("UPDATE webhook_endpoint SET enabled = FALSE, disabled_reason = ? WHERE endpoint_id = ? AND enabled")
                .params(reason, endpointId).update();
    }

    /** Enables the endpoint again; its deliveries still pending are due at once. */
    @Transactional
    public Endpoint enable(Caller caller, String endpointId) {
        visible(caller, endpointId);
        Instant now = clock.instant();
        enabled.forget(Boolean.TRUE);
        lastRead.forgetAll();
        jdbc.sql("UPDATE webhook_endpoint SET enabled = TRUE, disabled_reason = NULL, failing_since = NULL WHERE endpoint_id = ?")
                .param(endpointId).update();
        jdbc.sql("UPDATE webhook_delivery SET next_attempt_at = ? WHERE endpoint_id = ? AND status = 'PENDING'")
                .params(utc(now), endpointId).update();
        return find(endpointId);
    }

    private static Endpoint row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime failing = rs.getObject(8, OffsetDateTime.class);
        return new Endpoint(rs.getString(1), rs.getString(2), rs.getString(3), Arrays.asList(rs.getString(4).split(",")),
                rs.getString(5), rs.getBoolean(6), rs.getString(7), failing == null ? null : failing.toInstant(),
                rs.getObject(9, OffsetDateTime.class).toInstant());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
