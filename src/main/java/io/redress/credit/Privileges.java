package io.redress.credit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What Redress itself enforces about a party now, from the penalties that apply (a revoked or expired one never
 * does): whether a buyer may have an instant refund, whether a shop keeps its auto-agree and negotiate-first
 * autonomy, whether the buyer bears all freight on no-reason returns, trade restriction and ban. Other modules ask
 * {@link #of(Party)}.
 */
@Service
public class Privileges {

    /** A party's privileges; {@code why} names each penalty that took one away. */
    public record Of(Party party, boolean instantRefund, boolean autoAgree, boolean negotiateFirst,
            boolean buyerBearsAllFreight, boolean tradeRestricted, boolean banned, List<String> why) {

        /** Who pays freight on a no-reason return: BUYER when a penalty says so, else what the policy says. */
        public String freightOnNoReasonReturns() {
            return buyerBearsAllFreight ? "BUYER" : "POLICY";
        }
    }

    private final Penalties penalties;
    private final java.time.Clock clock;

    Privileges(Penalties penalties, java.time.Clock clock) {
        this.penalties = penalties;
        this.clock = clock;
    }

    public Of of(Party party) {
        return of(party, penalties.of(party), clock.instant());
    }

    /** The privileges {@code penalties} leave the party at {@code now}: only those that apply then take any away. */
    public static Of of(Party party, List<Penalty> penalties, java.time.Instant now) {
        boolean instant = party.type() == Party.Type.BUYER;
        boolean autoAgree = party.type() == Party.Type.SHOP;
        boolean negotiateFirst = party.type() == Party.Type.SHOP;
        boolean freight = false;
        boolean restricted = false;
        boolean banned = false;
        List<String> why = new ArrayList<>();
        for (Penalty p : penalties) {
            if (!p.party().equals(party) || !p.appliesAt(now)) {
                continue;
            }
            switch (p.kind()) {
                case PRIVILEGE_SUSPENDED:
                    instant &= p.privilege() != Privilege.INSTANT_REFUND;
                    autoAgree &= p.privilege() != Privilege.AUTO_AGREE;
                    negotiateFirst &= p.privilege() != Privilege.NEGOTIATE_FIRST;
                    break;
                case FREIGHT_BORNE:
                    freight = true;
                    break;
                case TRADE_RESTRICTION:
                    restricted = true;
                    instant = false;
                    autoAgree = false;
                    break;
                case ACCOUNT_BAN:
                    banned = true;
                    restricted = true;
                    instant = false;
                    autoAgree = false;
                    negotiateFirst = false;
                    break;
                default:
                    continue;
            }
            why.add(p.penaltyId() + " " + p.kind() + (p.privilege() == null ? "" : " " + p.privilege()) + " until "
                    + p.expiresAt());
        }
        return new Of(party, instant, autoAgree, negotiateFirst, freight, restricted, banned, List.copyOf(why));
    }
}
