package io.redress.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The decoder of the tokens Redress issues, remembering each token it verified until that token expires. A caller
 * sends the same token with every request for hours; checking its HS256 signature and parsing its claims once is
 * enough, because the key never changes while the process runs: the same text verifies the same way every time.
 * What does change is time, so a remembered token is answered only while it is inside its own validity
 * ({@code nbf} ≤ now &lt; {@code exp}, on the system clock the decoder uses); outside it, and for a token never seen,
 * the decoder runs in full (which still allows its clock skew after {@code exp}, and refuses after that). A token
 * without an expiry is never remembered. Whether its user is still enabled is checked on every request, after
 * this. Only for Redress's own key: a marketplace's tokens are verified against a key set that may be rotated.
 */
final class VerifiedTokens implements JwtDecoder {

    static final int MAX_ENTRIES = 10_000;

    private final JwtDecoder decoder;
    private final Clock clock;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    VerifiedTokens(JwtDecoder decoder, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
    }

    /** Whether this token was verified and is still inside its validity: its issuer is then known to be ours. */
    boolean holds(String token) {
        return valid(verified.get(token), clock.instant());
    }

    @Override
    public Jwt decode(String token) {
        Instant now = clock.instant();
        Jwt jwt = verified.get(token);
        if (valid(jwt, now)) {
            return jwt;
        }
        jwt = decoder.decode(token);
        if (valid(jwt, now)) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.values().removeIf(old -> !valid(old, now));
                if (verified.size() >= MAX_ENTRIES) {
                    verified.clear();
                }
            }
            verified.put(token, jwt);
        }
        return jwt;
    }

    private static boolean valid(Jwt jwt, Instant now) {
        return jwt != null && jwt.getExpiresAt() != null && now.isBefore(jwt.getExpiresAt())
                && (jwt.getNotBefore() == null || !now.isBefore(jwt.getNotBefore()));
    }
}
