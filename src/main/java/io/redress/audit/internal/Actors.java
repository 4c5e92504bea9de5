package io.redress.audit.internal;

import io.redress.audit.AuditFact;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who did it, when a fact does not say: the signed-in caller and their roles, else the system. */
final class Actors {

    static final String SYSTEM = "system";

    private Actors() {
    }

    static AuditFact fill(AuditFact fact) {
        if (fact.actor() != null && fact.role() != null) {
            return fact;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return fact.withActor(fact.actor() == null ? SYSTEM : fact.actor(), fact.role() == null ? Role.SYSTEM.name() : fact.role());
        }
        Caller caller = Caller.from(auth);
        String roles = caller.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
        return fact.withActor(fact.actor() == null ? caller.name() : fact.actor(), fact.role() == null ? roles : fact.role());
    }
}
