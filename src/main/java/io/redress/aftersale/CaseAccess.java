package io.redress.aftersale;

import io.redress.identity.Caller;
import io.redress.identity.Role;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Who may see a case and in which part they act on it. */
final class CaseAccess {

    /** Roles that see every case without being a party to it. */
    private static final Set<Role> OVERSIGHT = EnumSet.of(Role.MARKETPLACE, Role.AUDITOR, Role.ADMIN);

    private CaseAccess() {
    }

    /** The part the caller plays on the case, if any: its buyer, staff of its shop, or a platform agent. */
    static Optional<Actor> actor(Caller caller, Case c) {
        if (caller.has(Role.BUYER) && c.buyerId().equals(caller.buyerId())) {
            return Optional.of(Actor.BUYER);
        }
        if (caller.has(Role.SELLER) && c.shopId().equals(caller.shopId())) {
            return Optional.of(Actor.SELLER);
        }
        if (caller.has(Role.SENIOR_AGENT)) {
            return Optional.of(Actor.SENIOR_AGENT);
        }
        return caller.has(Role.AGENT) ? Optional.of(Actor.AGENT) : Optional.empty();
    }

    static boolean visible(Caller caller, Case c) {
        return actor(caller, c).isPresent() || caller.roles().stream().anyMatch(OVERSIGHT::contains);
    }

    /** Whether the caller sees every case (otherwise only their own as buyer, or their shop's). */
    static boolean seesAll(Caller caller) {
        return caller.has(Role.AGENT) || caller.has(Role.SENIOR_AGENT)
                || caller.roles().stream().anyMatch(OVERSIGHT::contains);
    }
}
