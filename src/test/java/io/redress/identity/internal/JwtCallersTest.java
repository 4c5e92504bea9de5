package io.redress.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.identity.Caller;
import io.redress.identity.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class JwtCallersTest {

    Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("u-1")
                .issuedAt(Instant.EPOCH).expiresAt(Instant.EPOCH.plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }

    @Test
    void principalIsACallerWithRoleAuthoritiesAndBindings() {
        Authentication authentication = new JwtCallers("roles", "buyer_id", "shop_id")
                .convert(jwt(Map.of("roles", List.of("SELLER"), "shop_id", "shop-9")));
        assertThat(authentication.getPrincipal()).isEqualTo(new Caller("u-1", Set.of(Role.SELLER), null, "shop-9"));
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_SELLER");
        assertThat(authentication.getName()).isEqualTo("u-1");
    }

    @Test
    void noTokenCanClaimTheSystemActorOrUnknownRoles() {
        Caller caller = (Caller) JwtCallers.local()
                .convert(jwt(Map.of("roles", List.of("SYSTEM", "ROOT", "AGENT")))).getPrincipal();
        assertThat(caller.roles()).containsExactly(Role.AGENT);
    }

    @Test
    void rolesMayComeAsASpaceOrCommaSeparatedStringWithRolePrefix() {
        Caller caller = (Caller) new JwtCallers("scope", "b", "s")
                .convert(jwt(Map.of("scope", "role_buyer, AUDITOR"))).getPrincipal();
        assertThat(caller.roles()).containsExactlyInAnyOrder(Role.BUYER, Role.AUDITOR);
    }
}
