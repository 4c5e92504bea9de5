package io.redress.identity;

import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.sun.net.httpserver.HttpServer;
import io.redress.RedressIntegrationTest;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * JWTs from the marketplace's identity provider, whose JWKS this test serves over HTTP.
 * The only test with its own context: the issuer and JWKS address are known only once the server runs.
 */
@RedressIntegrationTest
class ExternalJwtIntegrationTest {

    static final String ISSUER = "https://idp.marketplace.test";
    static final RSAKey IDP_KEY = rsaKey("idp-1");
    static final RSAKey OTHER_KEY = rsaKey("idp-1");
    static volatile boolean jwksReachable = true;
    static final HttpServer JWKS = serveJwks(new JWKSet(IDP_KEY.toPublicJWK()));

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("redress.auth.external.issuer", () -> ISSUER);
        registry.add("redress.auth.external.jwks-uri",
                () -> "http://127.0.0.1:" + JWKS.getAddress().getPort() + "/jwks.json");
        registry.add("redress.auth.external.role-claim", () -> "groups");
        registry.add("redress.auth.external.buyer-id-claim", () -> "customer");
    }

    @AfterAll
    static void stopJwks() {
        JWKS.stop(0);
    }

    @Test
    void tokenOfTheIdentityProviderIsAcceptedWithMappedClaims() throws Exception {
        String token = sign(IDP_KEY, ISSUER, Instant.now().plusSeconds(300), List.of("BUYER", "SYSTEM", "CHEF"));
        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("ext-user-7"))
                .andExpect(jsonPath("$.roles.length()").value(1))
                .andExpect(jsonPath("$.roles[0]").value("BUYER"))
                .andExpect(jsonPath("$.buyerId").value("buyer-77"));
    }

    @Test
    void tokenFromAnotherIssuerIsRefused() throws Exception {
        assertRefused(sign(IDP_KEY, "https://elsewhere.test", Instant.now().plusSeconds(300), List.of("BUYER")), "issuer");
    }

    @Test
    void tokenSignedWithAnotherKeyIsRefused() throws Exception {
        assertRefused(sign(OTHER_KEY, ISSUER, Instant.now().plusSeconds(300), List.of("BUYER")), "signature");
    }

    @Test
    void expiredTokenIsRefused() throws Exception {
        assertRefused(sign(IDP_KEY, ISSUER, Instant.now().minusSeconds(600), List.of("BUYER")), "expired");
    }

    @Test
    void unreachableIdentityProviderIsAServiceUnavailableProblemNotAServerError() throws Exception {
        // a key id the decoder has not seen makes it fetch the key set again
        String token = sign(rsaKey("idp-rotated"), ISSUER, Instant.now().plusSeconds(300), List.of("BUYER"));
        jwksReachable = false;
        try {
            mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.status").value(503));
        } finally {
            jwksReachable = true;
        }
    }

    @Test
    void locallyIssuedTokensStillWorkBesideTheIdentityProvider() throws Exception {
        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + DemoAccount.SERVICE_KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0]").value("MARKETPLACE"));
    }

    private void assertRefused(String token, String reason) throws Exception {
        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(containsStringIgnoringCase(reason)));
    }

    private static String sign(RSAKey key, String issuer, Instant expiresAt, List<String> roles) {
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject("ext-user-7")
                .issuedAt(expiresAt.minusSeconds(3600))
                .expiresAt(expiresAt)
                .claim("groups", roles)
                .claim("customer", "buyer-77")
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    private static RSAKey rsaKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer serveJwks(JWKSet jwks) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] body = jwks.toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/jwks.json", exchange -> {
                if (!jwksReachable) {
                    exchange.sendResponseHeaders(503, -1);
                    exchange.close();
                    return;
                }
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
