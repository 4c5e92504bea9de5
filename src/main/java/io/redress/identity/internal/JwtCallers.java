package io.redress.identity.internal;

import io.redress.identity.Caller;
import io.redress.identity.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns a validated JWT into an authentication whose principal is a {@link Caller}, reading roles, buyer id
 * and shop id from the claims this issuer uses.
 */
class JwtCallers implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String ROLES = "roles";
    static final String BUYER_ID = "buyer_id";
    static final String SHOP_ID = "shop_id";

    // SYSTEM is the actor of deadlines inside Redress; no token may claim it.
    private static final Set<Role> GRANTABLE = EnumSet.complementOf(EnumSet.of(Role.SYSTEM));

    private final String roleClaim;
    private final String buyerIdClaim;
    private final String shopIdClaim;

    JwtCallers(String roleClaim, String buyerIdClaim, String shopIdClaim) {
        this.roleClaim = roleClaim;
        this.buyerIdClaim = buyerIdClaim;
        this.shopIdClaim = shopIdClaim;
    }

    static JwtCallers local() {
        return new JwtCallers(ROLES, BUYER_ID, SHOP_ID);
    }

    static JwtCallers external(AuthProperties.External external) {
        return new JwtCallers(external.roleClaim(), external.buyerIdClaim(), external.shopIdClaim());
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Caller caller = new Caller(jwt.getSubject(), roles(jwt), jwt.getClaimAsString(buyerIdClaim),
                jwt.getClaimAsString(shopIdClaim));
        return new CallerAuthentication(caller, jwt);
    }

    private Set<Role> roles(Jwt jwt) {
        Object claim = jwt.getClaims().get(roleClaim);
        Collection<?> values = claim instanceof Collection<?> list ? list
                : claim instanceof String text ? List.of(text.split("[ ,]+")) : List.of();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object value : values) {
            String name = String.valueOf(value).trim().toUpperCase(Locale.ROOT);
            name = name.startsWith("ROLE_") ? name.substring(5) : name;
            for (Role role : GRANTABLE) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
