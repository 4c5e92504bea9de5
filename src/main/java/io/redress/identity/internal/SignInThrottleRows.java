package io.redress.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The throttle's rows. Every change is one statement that reads and writes the row together, so instances
 * counting the same client or account at once never lose a count. Each commits on its own: a sign-in that fails
 * inside a transaction that is rolled back still counts.
 */
@Component
@Transactional(propagation = Propagation.REQUIRES_NEW)
class SignInThrottleRows {

    record Counter(int attempts, Instant windowStartedAt, Instant nextAttemptAt) {
    }

    private final JdbcClient jdbc;

    SignInThrottleRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one attempt, starting a new window when the last one is over; answers the counter after it. */
    Counter count(String key, Instant now, Duration window) {
        // ON CONFLICT rather than catching the duplicate: on PostgreSQL a failed INSERT aborts the transaction
        int inserted = jdbc.sql("""
                INSERT INTO identity_sign_in_throttle (throttle_key, attempts, window_started_at, next_attempt_at)
                VALUES (?, 1, ?, ?) ON CONFLICT DO NOTHING""").params(key, utc(now), utc(now)).update();
        if (inserted == 0) {
            jdbc.sql("""
                    UPDATE identity_sign_in_throttle
                    SET attempts = CASE WHEN window_started_at <= :expired THEN 1 ELSE attempts + 1 END,
                        window_started_at = CASE WHEN window_started_at <= :expired THEN :now ELSE window_started_at END
                    WHERE throttle_key = :key""")
                    .param("expired", utc(now.minus(window))).param("now", utc(now)).param("key", key)
                    .update();
        }
        return find(key).orElseThrow();
    }

    /** Takes the account's next attempt slot if it is free now, and holds the one after it until {@code next}. */
    boolean claim(String key, Instant now, Instant next) {
        return jdbc.sql("UPDATE identity_sign_in_throttle SET next_attempt_at = ? WHERE throttle_key = ? AND next_attempt_at <= ?")
                .params(utc(next), key, utc(now)).update() == 1;
    }

    /** Takes back one counted attempt: a sign-in that succeeded was no guess. */
    void uncount(String key) {
        jdbc.sql("UPDATE identity_sign_in_throttle SET attempts = attempts - 1 WHERE throttle_key = ? AND attempts > 0")
                .param(key).update();
    }

    void forget(String key) {
        jdbc.sql("DELETE FROM identity_sign_in_throttle WHERE throttle_key = ?").param(key).update();
    }

    Optional<Counter> find(String key) {
        return jdbc.sql("SELECT attempts, window_started_at, next_attempt_at FROM identity_sign_in_throttle WHERE throttle_key = ?")
                .param(key)
                .query((rs, n) -> new Counter(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .optional();
    }

    boolean known(String username, String client, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM identity_known_client WHERE username = ? AND client_address = ? AND signed_in_at > ?")
                .params(username, client, utc(since)).query(Long.class).single() > 0;
    }

    void remember(String username, String client, Instant now) {
        int inserted = jdbc.sql("""
                INSERT INTO identity_known_client (username, client_address, signed_in_at) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""").params(username, client, utc(now)).update();
        if (inserted == 0) {
            jdbc.sql("UPDATE identity_known_client SET signed_in_at = ? WHERE username = ? AND client_address = ?")
                    .params(utc(now), username, client).update();
        }
    }

    /** Forgets counters whose window and wait are over, and clients not seen since {@code knownSince}. */
    int prune(Instant windowsBefore, Instant knownSince) {
        return jdbc.sql("DELETE FROM identity_sign_in_throttle WHERE window_started_at < ? AND next_attempt_at < ?")
                .params(utc(windowsBefore), utc(windowsBefore)).update()
                + jdbc.sql("DELETE FROM identity_known_client WHERE signed_in_at < ?").param(utc(knownSince)).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
