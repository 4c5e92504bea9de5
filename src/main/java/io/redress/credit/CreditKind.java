package io.redress.credit;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a credit input says about its party. {@code fault} kinds are findings or conduct against the party; the
 * others are volumes (orders, refunds, disputes, claims) that count through limits and rates. {@code pushed} kinds
 * are the ones the marketplace may report through {@code POST /parties/{..}/{id}/signals}.
 */
public enum CreditKind {
    ORDER(false, false, Party.Type.BUYER, Party.Type.SHOP),
    REFUND(false, false, Party.Type.BUYER),
    DISPUTE(false, false, Party.Type.BUYER, Party.Type.SHOP),
    EMPTY_PARCEL_CLAIM(false, true, Party.Type.BUYER),
    MISSING_ITEM_CLAIM(false, true, Party.Type.BUYER),
    COUNTERFEIT_CLAIM(false, true, Party.Type.BUYER),
    UNPAID_ORDER(false, true, Party.Type.BUYER),
    COMPLAINT_AGAINST(false, true, Party.Type.BUYER),
    FAULT_EMPTY_PARCEL(true, false, Party.Type.BUYER),
    FAULT_MISSING_ITEM(true, false, Party.Type.BUYER),
    FAULT_COUNTERFEIT_CLAIM(true, false, Party.Type.BUYER),
    FAULT_OTHER(true, false, Party.Type.BUYER),
    MALICIOUS_COMPLAINT(true, false, Party.Type.BUYER, Party.Type.SHOP),
    BAD_FAITH_APPEAL(true, false, Party.Type.BUYER),
    ADVANCE_RECOVERY(true, false, Party.Type.BUYER),
    SELLER_REFUSAL(false, false, Party.Type.SHOP),
    COMPLAINT_RECEIVED(false, false, Party.Type.SHOP),
    RULING_FAULT(true, false, Party.Type.SHOP),
    COMPLAINT_FAULT(true, false, Party.Type.SHOP),
    REFUSAL_OVERTURNED(true, false, Party.Type.SHOP),
    TIMER_BREACH(true, false, Party.Type.SHOP);

    private final boolean fault;
    private final boolean pushed;
    private final Set<Party.Type> parties;

    CreditKind(boolean fault, boolean pushed, Party.Type first, Party.Type... more) {
        this.fault = fault;
        this.pushed = pushed;
        this.parties = EnumSet.of(first, more);
    }

    public boolean fault() {
        return fault;
    }

    public boolean pushed() {
        return pushed;
    }

    public boolean appliesTo(Party.Type type) {
        return parties.contains(type);
    }
}
