package io.redress.orders;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import io.redress.identity.Caller;
import io.redress.identity.Role;
import java.util.Set;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Authenticated callers for MockMvc requests. */
public final class Callers {

    private Callers() {
    }

    public static RequestPostProcessor marketplace() {
        return as(new Caller("demo-marketplace", Set.of(Role.MARKETPLACE), null, null));
    }

    public static RequestPostProcessor buyer(String buyerId) {
        return as(new Caller(buyerId, Set.of(Role.BUYER), buyerId, null));
    }

    public static RequestPostProcessor seller(String shopId) {
        return as(new Caller("staff-" + shopId, Set.of(Role.SELLER), null, shopId));
    }

    public static RequestPostProcessor staff(Role role) {
        return as(new Caller(role.name().toLowerCase(), Set.of(role), null, null));
    }

    /** A staff member by name, for what depends on who it is (an auditor's scope, four eyes). */
    public static RequestPostProcessor staff(String name, Role role) {
        return as(new Caller(name, Set.of(role), null, null));
    }

    private static RequestPostProcessor as(Caller caller) {
        String[] authorities = caller.roles().stream().map(Role::authority).toArray(String[]::new);
        return authentication(new TestingAuthenticationToken(caller, null, authorities));
    }
}
