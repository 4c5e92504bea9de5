package io.redress.identity.internal;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/** The HS256 key of the tokens Redress issues itself, with their encoder and decoder. */
@Component
class LocalTokens {

    static final int MIN_SECRET_BYTES = 32;
    private static final Logger log = LoggerFactory.getLogger(LocalTokens.class);

    private final JwtEncoder encoder;
    private final JwtDecoder decoder;

    LocalTokens(AuthProperties properties, @Value("${redress.demo:false}") boolean demo) {
        SecretKey key = new SecretKeySpec(secret(properties.signingSecret(), demo), "HmacSHA256");
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.issuer()));
        this.decoder = decoder;
    }

    /** The configured secret; in demo mode a random one when none is configured, so demo tokens die with the process. */
    static byte[] secret(String configured, boolean demo) {
        if (configured == null || configured.isBlank()) {
            if (!demo) {
                throw new IllegalStateException("redress.auth.signing-secret is required outside demo mode: set "
                        + "REDRESS_AUTH_SIGNING_SECRET to a random value of at least " + MIN_SECRET_BYTES + " bytes");
            }
            log.info("No redress.auth.signing-secret set: demo mode signs tokens with a random secret");
            byte[] random = new byte[MIN_SECRET_BYTES];
            new SecureRandom().nextBytes(random);
            return random;
        }
        byte[] secret = configured.getBytes(StandardCharsets.UTF_8);
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("redress.auth.signing-secret must be at least " + MIN_SECRET_BYTES
                    + " bytes for HS256, it has " + secret.length);
        }
        return secret;
    }

    JwtEncoder encoder() {
        return encoder;
    }

    JwtDecoder decoder() {
        return decoder;
    }
}
