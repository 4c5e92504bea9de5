package io.redress.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

class VerifiedTokensTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    private final MovingClock clock = new MovingClock(T0);
    private final AtomicInteger decodes = new AtomicInteger();

    /** A decoder that accepts "token-…" and answers a Jwt valid from T0 for an hour; anything else is refused. */
    private final JwtDecoder counting = token -> {
        decodes.incrementAndGet();
        if (!token.startsWith("token-")) {
            throw new BadJwtException("not ours");
        }
        return jwt(token, T0, T0.plus(Duration.ofHours(1)));
    };

    @Test
    void aTokenSentWithEveryRequestIsVerifiedOnceWhileItIsValid() {
        VerifiedTokens tokens = new VerifiedTokens(counting, clock);
        assertThat(tokens.holds("token-a")).isFalse();
        Jwt first = tokens.decode("token-a");
        clock.now = T0.plus(Duration.ofMinutes(59));
        assertThat(tokens.holds("token-a")).isTrue();
        assertThat(tokens.decode("token-a")).isSameAs(first);
        assertThat(decodes).hasValue(1);
    }

    @Test
    void anExpiredTokenGoesBackToTheDecoderWhichDecidesAsItAlwaysDid() {
        List<String> answered = new ArrayList<>();
        JwtDecoder refusesOnceExpired = token -> {
            decodes.incrementAndGet();
            if (!clock.instant().isBefore(T0.plus(Duration.ofHours(1)))) {
                throw new BadJwtException("Jwt expired");
            }
            answered.add(token);
            return jwt(token, T0, T0.plus(Duration.ofHours(1)));
        };
        VerifiedTokens tokens = new VerifiedTokens(refusesOnceExpired, clock);
        tokens.decode("token-a");
        clock.now = T0.plus(Duration.ofHours(1));
        assertThat(tokens.holds("token-a")).as("at its expiry the token is no longer held").isFalse();
        assertThatThrownBy(() -> tokens.decode("token-a")).isInstanceOf(BadJwtException.class);
        assertThat(decodes).hasValue(2);
        assertThat(answered).containsExactly("token-a");
    }

    @Test
    void aTokenWithoutExpiryOrNotYetValidIsNeverRemembered() {
        VerifiedTokens noExpiry = new VerifiedTokens(token -> {
            decodes.incrementAndGet();
            return jwt(token, null, null);
        }, clock);
        noExpiry.decode("token-a");
        noExpiry.decode("token-a");
        assertThat(noExpiry.holds("token-a")).isFalse();
        assertThat(decodes).hasValue(2);

        VerifiedTokens early = new VerifiedTokens(token -> {
            decodes.incrementAndGet();
            return jwt(token, T0.plus(Duration.ofMinutes(5)), T0.plus(Duration.ofHours(1)));
        }, clock);
        early.decode("token-b");
        early.decode("token-b");
        assertThat(early.holds("token-b")).isFalse();
        assertThat(decodes).hasValue(4);
    }

    @Test
    void aRefusedTokenIsRefusedEveryTimeAndNotRemembered() {
        VerifiedTokens tokens = new VerifiedTokens(counting, clock);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(JwtException.class);
        assertThat(tokens.holds("forged")).isFalse();
        assertThat(decodes).hasValue(2);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefusedEvenBesideARememberedOne() {
        SecretKey ours = key("the signing secret of this node, 32+ bytes");
        SecretKey theirs = key("somebody else's secret of 32+ bytes....");
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(ours).macAlgorithm(MacAlgorithm.HS256).build();
        VerifiedTokens tokens = new VerifiedTokens(decoder, Clock.systemUTC());
        String good = sign(ours, "buyer1");
        String forged = sign(theirs, "buyer1");
        assertThat(tokens.decode(good).getSubject()).isEqualTo("buyer1");
        assertThat(tokens.holds(good)).isTrue();
        assertThat(tokens.holds(forged)).isFalse();
        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(JwtException.class);
    }

    @Test
    void theMemoryIsBounded() {
        VerifiedTokens tokens = new VerifiedTokens(counting, clock);
        for (int i = 0; i <= VerifiedTokens.MAX_ENTRIES; i++) {
            tokens.decode("token-" + i);
        }
        assertThat(tokens.holds("token-" + VerifiedTokens.MAX_ENTRIES)).isTrue();
        assertThat(tokens.holds("token-0")).as("the memory was emptied when full").isFalse();
    }

    private static Jwt jwt(String token, Instant notBefore, Instant expiresAt) {
        Jwt.Builder builder = Jwt.withTokenValue(token).header("alg", "HS256").subject("buyer1").issuedAt(T0);
        if (notBefore != null) {
            builder.notBefore(notBefore);
        }
        if (expiresAt != null) {
            builder.expiresAt(expiresAt);
        }
        return builder.build();
    }

    private static SecretKey key(String secret) {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    private static String sign(SecretKey key, String subject) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder().subject(subject).issuedAt(now).expiresAt(now.plusSeconds(600)).build();
        return new NimbusJwtEncoder(new ImmutableSecret<>(key))
                .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
    }

    private static final class MovingClock extends Clock {

        Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
