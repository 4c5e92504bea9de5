package io.redress.aftersale;

import java.util.Optional;

/**
 * What a case waits for and from whom: the buyer's answer to a pending proposal, the party its running deadline names,
 * the seller's replacement shipment, or the platform while a dispute is open there. Derived from the case alone.
 */
public record Awaiting(Party party, String what) {

    /** Who is awaited; PLATFORM is any agent. */
    public enum Party {
        BUYER, SELLER, PLATFORM
    }

    /** What {@code c} waits for, given whether a proposal waits for the buyer; empty when nobody is awaited. */
    public static Optional<Awaiting> of(Case c, boolean proposalPending) {
        if (c.status().terminal() || c.status() == CaseStatus.REFUNDING) {
            return Optional.empty();
        }
        if (c.intervention() == InterventionStatus.REQUESTED) {
            return Optional.of(new Awaiting(Party.PLATFORM, "accept-dispute"));
        }
        if (c.intervention() == InterventionStatus.FIRST_REVIEW) {
            return Optional.of(new Awaiting(Party.PLATFORM, "rule"));
        }
        if (c.intervention().open()) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (c.status()) {
            case REQUESTED -> proposalPending ? new Awaiting(Party.BUYER, "answer-proposal")
                    : new Awaiting(Party.SELLER, "answer-request");
            case SELLER_REFUSED -> new Awaiting(Party.BUYER, "revise-or-escalate");
            case AWAITING_RETURN -> new Awaiting(Party.BUYER, "ship-return");
            case RETURN_SHIPPED -> new Awaiting(Party.SELLER, "confirm-receipt");
            case AWAITING_REPLACEMENT -> new Awaiting(Party.SELLER, "ship-replacement");
            case REPLACEMENT_SHIPPED -> new Awaiting(Party.BUYER, "confirm-replacement");
            default -> null;
        });
    }

    /** The party in which {@code actor} acts, if it is one that can be awaited. */
    static Optional<Party> partyOf(Actor actor) {
        return switch (actor) {
            case BUYER -> Optional.of(Party.BUYER);
            case SELLER -> Optional.of(Party.SELLER);
            case AGENT, SENIOR_AGENT -> Optional.of(Party.PLATFORM);
            case SYSTEM -> Optional.empty();
        };
    }
}
