package io.redress.identity.internal;

import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.time.Clock;
import java.util.Map;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.stereotype.Component;

/**
 * Authenticates an API bearer token. A JWT goes to the decoder of its issuer (Redress itself or the
 * marketplace's identity provider); anything else is the metrics scrape key or a marketplace service key.
 */
@Component
class BearerAuthentication implements AuthenticationManager {

    private final Map<String, AuthenticationProvider> jwtIssuers;
    private final VerifiedTokens localVerified;
    private final AuthenticationProvider local;
    private final ServiceKeys serviceKeys;
    private final ScrapeKey scrapeKey;

    BearerAuthentication(LocalTokens localTokens, AuthProperties properties, ServiceKeys serviceKeys, Users users,
            ScrapeKey scrapeKey) {
        this.serviceKeys = serviceKeys;
        this.scrapeKey = scrapeKey;
        this.localVerified = new VerifiedTokens(localTokens.decoder(), Clock.systemUTC());
        AuthenticationProvider local = enabledUsersOnly(provider(localVerified, JwtCallers.local()), users);
        this.local = local;
        AuthProperties.External external = properties.external();
        if (external.enabled()) {
            if (external.jwksUri() == null || external.jwksUri().isBlank()) {
                throw new IllegalStateException("redress.auth.external.jwks-uri is required with redress.auth.external.issuer");
            }
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(external.jwksUri()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(external.issuer()));
            this.jwtIssuers = Map.of(properties.issuer(), local,
                    external.issuer(), provider(decoder, JwtCallers.external(external)));
        } else {
            this.jwtIssuers = Map.of(properties.issuer(), local);
        }
    }

    // A token Redress issued stops working as soon as its user is disabled, not only when it expires.
    private static AuthenticationProvider enabledUsersOnly(AuthenticationProvider provider, Users users) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication token) {
                Authentication authenticated = provider.authenticate(token);
                if (!users.isEnabled(authenticated.getName())) {
                    throw new InvalidBearerTokenException("The user of this token is disabled");
                }
                return authenticated;
            }

            @Override
            public boolean supports(Class<?> type) {
                return provider.supports(type);
            }
        };
    }

    private Authentication serviceKey(String token) {
        return scrapeKey.authenticate(token).or(() -> serviceKeys.authenticate(token))
                .map(caller -> new CallerAuthentication(caller, null))
                .orElseThrow(() -> new InvalidBearerTokenException("Unknown or revoked service key"));
    }

    private static AuthenticationProvider provider(JwtDecoder decoder, JwtCallers callers) {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(callers);
        return provider;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        if (localVerified.holds(token)) {
            // one of ours, verified before and not expired: no need to parse it for its issuer again
            return local.authenticate(authentication);
        }
        if (token.indexOf('.') < 0) {
            // a JWT's parts are separated by dots: without one it is a service key (no parse attempt, which would
            // fill in an exception's stack trace on every service call)
            return serviceKey(token);
        }
        String issuer;
        try {
            issuer = JWTParser.parse(token).getJWTClaimsSet().getIssuer();
        } catch (ParseException notAJwt) {
            return serviceKey(token);
        }
        AuthenticationProvider provider = issuer == null ? null : jwtIssuers.get(issuer);
        if (provider == null) {
            throw new InvalidBearerTokenException("Token from an issuer this service does not trust");
        }
        try {
            return provider.authenticate(authentication);
        } catch (AuthenticationServiceException unreachable) {
            // left as it is, the filter would rethrow it and the caller would see a 500
            throw new IdentityProviderUnavailable(unreachable);
        }
    }
}
