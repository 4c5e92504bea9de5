package io.redress.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.Draw;
import io.redress.Tries;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtException;

class TokenRoundTripProperties {

    final AuthProperties properties = new AuthProperties("s".repeat(40), Duration.ofHours(8), "redress",
            new AuthProperties.External(null, null, "roles", "buyer_id", "shop_id"));
    final LocalTokens tokens = new LocalTokens(properties, false);
    final TokenIssuer issuer = new TokenIssuer(tokens, properties);

    @Test
    void anIssuedTokenNamesExactlyItsCaller() {
        Tries.forAll(200, TokenRoundTripProperties::caller, caller -> {
            String token = issuer.issue(caller).token();
            Caller decoded = (Caller) JwtCallers.local().convert(tokens.decoder().decode(token)).getPrincipal();
            assertThat(decoded).isEqualTo(caller);
        });
    }

    record Forgery(Caller caller, int position) {
    }

    @Test
    void changingAnyCharacterOfTheSignatureInvalidatesTheToken() {
        Tries.forAll(100, random -> new Forgery(caller(random), Draw.anyInt(random)), forgery -> {
            String token = issuer.issue(forgery.caller()).token();
            int signatureStart = token.lastIndexOf('.') + 1;
            // the last character carries padding bits that base64url decoding may ignore, so it is left alone
            int index = signatureStart + Math.floorMod(forgery.position(), token.length() - signatureStart - 1);
            char replacement = token.charAt(index) == 'A' ? 'B' : 'A';
            String forged = token.substring(0, index) + replacement + token.substring(index + 1);
            assertThatThrownBy(() -> tokens.decoder().decode(forged)).isInstanceOf(JwtException.class);
        });
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() {
        LocalTokens other = new LocalTokens(new AuthProperties("t".repeat(40), Duration.ofHours(8), "redress",
                properties.external()), false);
        Tries.forAll(50, TokenRoundTripProperties::caller, caller -> {
            String token = new TokenIssuer(other, properties).issue(caller).token();
            assertThatThrownBy(() -> tokens.decoder().decode(token)).isInstanceOf(JwtException.class);
        });
    }

    private static final String NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789._-中";
    private static final String BINDING_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-";

    /** Any caller but the system: one or more roles, a name of 1–40 characters, shop and buyer bindings or none. */
    static Caller caller(Random random) {
        List<Role> candidates = new ArrayList<>(EnumSet.complementOf(EnumSet.of(Role.SYSTEM)));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        while (roles.isEmpty()) {
            candidates.stream().filter(role -> random.nextBoolean()).forEach(roles::add);
        }
        return new Caller(text(random, NAME_CHARS, 40), roles, binding(random), binding(random));
    }

    private static String binding(Random random) {
        return random.nextBoolean() ? null : text(random, BINDING_CHARS, 30);
    }

    private static String text(Random random, String chars, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = Draw.between(random, 1, maxLength); i > 0; i--) {
            text.append(chars.charAt(random.nextInt(chars.length())));
        }
        return text.toString();
    }
}
