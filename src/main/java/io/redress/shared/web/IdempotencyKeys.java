package io.redress.shared.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored Idempotency-Keys: claims of requests in flight and the first answers to replay. */
@Repository
class IdempotencyKeys {

    /** Who asked what: the key is only the same key for the same caller, method and path. */
    record Scope(String hash, String caller, String method, String path, String key) {
    }

    record StoredResponse(int status, String contentType, String location, byte[] body) {
    }

    record Row(String bodyHash, String claimToken, boolean completed, Instant claimedAt, StoredResponse response) {
    }

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the key for a new request; empty when a row for it exists already. */
    Optional<String> claim(Scope scope, String bodyHash, Instant now) {
        String token = UUID.randomUUID().toString();
        try {
            jdbc.sql("""
                    INSERT INTO idempotency_keys (scope_hash, caller, http_method, request_path, idempotency_key,
                        body_hash, claim_token, state, claimed_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?)""")
                    .params(scope.hash(), scope.caller(), scope.method(), scope.path(), scope.key(), bodyHash, token, utc(now))
                    .update();
            return Optional.of(token);
        } catch (DuplicateKeyException taken) {
            return Optional.empty();
        }
    }

    Optional<Row> find(Scope scope) {
        return jdbc.sql("""
                SELECT body_hash, claim_token, state, claimed_at, response_status, content_type, location, response_body
                FROM idempotency_keys WHERE scope_hash = ?""")
                .param(scope.hash())
                .query((rs, n) -> new Row(rs.getString("body_hash"), rs.getString("claim_token"),
                        "COMPLETED".equals(rs.getString("state")),
                        rs.getObject("claimed_at", OffsetDateTime.class).toInstant(),
                        new StoredResponse(rs.getInt("response_status"), rs.getString("content_type"),
                                rs.getString("location"), rs.getBytes("response_body"))))
                .optional();
    }

    /** Takes over a claim abandoned by a crashed request; empty when another request got there first. */
    Optional<String> takeOver(Scope scope, String abandonedToken, String bodyHash, Instant now) {
        String token = UUID.randomUUID().toString();
        int taken = jdbc.sql("""
                UPDATE idempotency_keys SET claim_token = ?, body_hash = ?, claimed_at = ?
                WHERE scope_hash = ? AND claim_token = ? AND state = 'RUNNING'""")
                .params(token, bodyHash, utc(now), scope.hash(), abandonedToken)
                .update();
        return taken == 1 ? Optional.of(token) : Optional.empty();
    }

    /** Stores the answer; false when the claim was lost meanwhile (taken over after a timeout). */
    boolean complete(Scope scope, String token, StoredResponse response, Instant now) {
        return jdbc.sql("""
                UPDATE idempotency_keys SET state = 'COMPLETED', completed_at = ?, response_status = ?,
                    content_type = ?, location = ?, response_body = ?
                WHERE scope_hash = ? AND claim_token = ? AND state = 'RUNNING'""")
                .params(utc(now), response.status(), response.contentType(), response.location(), response.body(),
                        scope.hash(), token)
                .update() == 1;
    }

    /** Frees the key after a request that failed, so that the client may try again with it. */
    void release(Scope scope, String token) {
        jdbc.sql("DELETE FROM idempotency_keys WHERE scope_hash = ? AND claim_token = ? AND state = 'RUNNING'")
                .params(scope.hash(), token)
                .update();
    }

    /** Forgets keys claimed before the given instant; returns how many. */
    int forgetClaimedBefore(Instant before) {
        return jdbc.sql("DELETE FROM idempotency_keys WHERE claimed_at < ?").param(utc(before)).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
