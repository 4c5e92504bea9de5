package io.redress.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How API callers authenticate: the secret and lifetime of the tokens Redress issues to its built-in users,
 * and the marketplace's identity provider whose JWTs are accepted as well.
 */
@ConfigurationProperties("redress.auth")
public record AuthProperties(
        String signingSecret,
        @DefaultValue("PT8H") Duration tokenTtl,
        @DefaultValue("redress") String issuer,
        @DefaultValue External external) {

    /** The marketplace's identity provider; off while issuer is blank. */
    public record External(
            String issuer,
            String jwksUri,
            @DefaultValue("roles") String roleClaim,
            @DefaultValue("buyer_id") String buyerIdClaim,
            @DefaultValue("shop_id") String shopIdClaim) {

        boolean enabled() {
            return issuer != null && !issuer.isBlank();
        }
    }
}
