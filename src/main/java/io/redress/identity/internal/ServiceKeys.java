package io.redress.identity.internal;

import io.redress.shared.Remembered;
import io.redress.identity.AccountChanged;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Component;

/** The bearer keys of marketplace backends: created once, kept only as a SHA-256 hash, revocable. */
@Component
public class ServiceKeys {

    /** A key as listed: never the key itself, only its last four characters. */
    public record ServiceKey(String keyId, String name, String lastFour, Instant createdAt, Instant revokedAt) {

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /** A key just created: the only moment the key itself is known. */
    public record IssuedKey(ServiceKey serviceKey, String key) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SELECT = "SELECT key_id, name, last_four, created_at, revoked_at FROM identity_service_key";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    // by the key's hash: every API call of a marketplace presents its key
    private final Remembered<String, Optional<Caller>> live;

    ServiceKeys(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events,
            @Value("${redress.auth.lookup-ttl:PT2S}") Duration lookupTtl) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.live = new Remembered<>(lookupTtl);
    }

    /** Creates a key with a fresh random secret. */
    @Transactional
    public IssuedKey create(String name) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return register(name, "rdk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** Stores a key whose secret is given, as the demo key is. */
    @Transactional
    IssuedKey register(String name, String key) {
        String keyId = "key-" + UUID.randomUUID();
        Instant now = clock.instant();
        String lastFour = key.substring(Math.max(0, key.length() - 4));
        jdbc.sql("""
                INSERT INTO identity_service_key (key_id, name, key_hash, role_name, last_four, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(keyId, name, hash(key), Role.MARKETPLACE.name(), lastFour, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
        live.forgetAll();
        events.publishEvent(new AccountChanged("service-key:" + keyId, AccountChanged.Change.SERVICE_KEY_CREATED,
                List.of(Role.MARKETPLACE), name + " (…" + lastFour + ")"));
        return new IssuedKey(new ServiceKey(keyId, name, lastFour, now, null), key);
    }

    public List<ServiceKey> all() {
        return jdbc.sql(SELECT + " ORDER BY created_at, key_id").query(ServiceKeys::row).list();
    }

    public Optional<ServiceKey> find(String keyId) {
        return jdbc.sql(SELECT + " WHERE key_id = ?").param(keyId).query(ServiceKeys::row).optional();
    }

    /** Revokes a key and answers it; empty when there is no such key. Revoking twice keeps the first time. */
    @Transactional
    public Optional<ServiceKey> revoke(String keyId) {
        int revoked = jdbc.sql("UPDATE identity_service_key SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL")
                .params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), keyId)
                .update();
        live.forgetAll();
        if (revoked == 1) {
            events.publishEvent(new AccountChanged("service-key:" + keyId, AccountChanged.Change.SERVICE_KEY_REVOKED,
                    List.of(Role.MARKETPLACE), null));
        }
        return find(keyId);
    }

    private static ServiceKey row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime revokedAt = rs.getObject(5, OffsetDateTime.class);
        return new ServiceKey(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, OffsetDateTime.class).toInstant(), revokedAt == null ? null : revokedAt.toInstant());
    }

    /**
     * The marketplace caller of a key that exists and is not revoked. Answers are remembered for
     * {@code redress.auth.lookup-ttl}: a key revoked on this node stops at once, on another node within that time.
     */
    public Optional<Caller> authenticate(String key) {
        return live.get(hash(key), hash -> jdbc
                .sql("SELECT key_id FROM identity_service_key WHERE key_hash = ? AND revoked_at IS NULL")
                .param(hash)
                .query((rs, n) -> new Caller(rs.getString(1), Set.of(Role.MARKETPLACE), null, null))
                .optional());
    }

    /** Whether a key with this secret exists and is not revoked. */
    boolean isActive(String key) {
        return authenticate(key).isPresent();
    }

    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
