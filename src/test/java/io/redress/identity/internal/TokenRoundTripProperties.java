package io.redress.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.identity.Caller;
import io.redress.identity.Role;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.security.oauth2.jwt.JwtException;

class TokenRoundTripProperties {

    final AuthProperties properties = new AuthProperties("s".repeat(40), Duration.ofHours(8), "redress",
            new AuthProperties.External(null, null, "roles", "buyer_id", "shop_id"));
    final LocalTokens tokens = new LocalTokens(properties, false);
    final TokenIssuer issuer = new TokenIssuer(tokens, properties);

    @Property(tries = 200)
    void anIssuedTokenNamesExactlyItsCaller(@ForAll("callers") Caller caller) {
        String token = issuer.issue(caller).token();
        Caller decoded = (Caller) JwtCallers.local().convert(tokens.decoder().decode(token)).getPrincipal();
        assertThat(decoded).isEqualTo(caller);
    }

    @Property(tries = 100)
    void changingAnyCharacterOfTheSignatureInvalidatesTheToken(@ForAll("callers") Caller caller,
            @ForAll int position) {
        String token = issuer.issue(caller).token();
        int signatureStart = token.lastIndexOf('.') + 1;
        // the last character carries padding bits that base64url decoding may ignore, so it is left alone
        int index = signatureStart + Math.floorMod(position, token.length() - signatureStart - 1);
        char replacement = token.charAt(index) == 'A' ? 'B' : 'A';
        String forged = token.substring(0, index) + replacement + token.substring(index + 1);
        assertThatThrownBy(() -> tokens.decoder().decode(forged)).isInstanceOf(JwtException.class);
    }

    @Property(tries = 50)
    void aTokenSignedWithAnotherSecretIsRefused(@ForAll("callers") Caller caller) {
        LocalTokens other = new LocalTokens(new AuthProperties("t".repeat(40), Duration.ofHours(8), "redress",
                properties.external()), false);
        String token = new TokenIssuer(other, properties).issue(caller).token();
        assertThatThrownBy(() -> tokens.decoder().decode(token)).isInstanceOf(JwtException.class);
    }

    @Provide
    Arbitrary<Caller> callers() {
        Arbitrary<Set<Role>> roles = Arbitraries.of(EnumSet.complementOf(EnumSet.of(Role.SYSTEM))).set().ofMinSize(1);
        Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars("._-中").ofMinLength(1).ofMaxLength(40);
        Arbitrary<String> bindings = Arbitraries.strings().alpha().numeric().withChars("-").ofMinLength(1).ofMaxLength(30)
                .injectNull(0.5);
        return Combinators.combine(names, roles, bindings, bindings).as(Caller::new);
    }
}
