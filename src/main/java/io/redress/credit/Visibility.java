package io.redress.credit;

import io.redress.identity.Caller;
import io.redress.identity.Role;

/**
 * Who sees whose credit: a buyer their own, seller staff their shop's; the marketplace, agents, senior agents and
 * auditors everyone's. Anything else is answered as if it did not exist.
 */
public final class Visibility {

    private Visibility() {
    }

    public static boolean staff(Caller caller) {
        return caller.has(Role.MARKETPLACE) || caller.has(Role.AGENT) || caller.has(Role.SENIOR_AGENT)
                || caller.has(Role.AUDITOR);
    }

    /** The caller is the party itself: the buyer, or staff of the shop. */
    public static boolean subject(Caller caller, Party party) {
        return party.type() == Party.Type.BUYER ? caller.has(Role.BUYER) && party.id().equals(caller.buyerId())
                : caller.has(Role.SELLER) && party.id().equals(caller.shopId());
    }

    public static boolean sees(Caller caller, Party party) {
        return staff(caller) || subject(caller, party);
    }
}
