package io.redress.identity;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling: a built-in user, an externally authenticated user or a marketplace service key.
 * A buyer carries its buyer id, seller staff the shop they work for.
 */
public record Caller(String name, Set<Role> roles, String buyerId, String shopId)
        implements AuthenticatedPrincipal, Serializable {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The name Spring Security and the console show for this caller. */
    @Override
    public String getName() {
        return name;
    }

    /** The caller of the current request, from the security context; fails when nobody is authenticated. */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("no authenticated caller");
        }
        return from(authentication);
    }

    /** Reads a caller from any authentication: its principal if that is a Caller, else its role authorities. */
    public static Caller from(Authentication authentication) {
        if (authentication.getPrincipal() instanceof Caller caller) {
            return caller;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return new Caller(authentication.getName(), roles, null, null);
    }
}
