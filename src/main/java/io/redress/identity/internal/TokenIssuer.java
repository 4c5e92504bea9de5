package io.redress.identity.internal;

import io.redress.identity.Caller;
import io.redress.identity.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Issues the HS256 tokens with which built-in users call the API. */
@Component
public class TokenIssuer {

    /** A token and when it stops being accepted. */
    public record IssuedToken(String token, Instant expiresAt, List<Role> roles) {
    }

    private final JwtEncoder encoder;
    private final AuthProperties properties;
    private final Clock clock;

    // Token lifetimes are measured in real time, not business time: advancing the development clock
    // must not sign everybody out, and the decoder checks expiry against the same system clock.
    TokenIssuer(LocalTokens tokens, AuthProperties properties) {
        this.encoder = tokens.encoder();
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    public IssuedToken issue(Caller caller) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.tokenTtl());
        List<Role> roles = caller.roles().stream().sorted().toList();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(caller.name())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .claim(JwtCallers.ROLES, roles.stream().map(Role::name).toList());
        if (caller.buyerId() != null) {
            claims.claim(JwtCallers.BUYER_ID, caller.buyerId());
        }
        if (caller.shopId() != null) {
            claims.claim(JwtCallers.SHOP_ID, caller.shopId());
        }
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
        return new IssuedToken(token, expiresAt, roles);
    }
}
