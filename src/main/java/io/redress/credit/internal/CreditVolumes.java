package io.redress.credit.internal;

import io.redress.aftersale.Cases;
import io.redress.credit.CreditKind;
import io.redress.credit.Party;
import io.redress.orders.Orders;
import io.redress.policy.CreditRules;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The orders and refunds a party's rates count, read from the orders and the cases themselves instead of being
 * recorded as inputs: a party's {@link CreditKind#ORDER}s are the orders it placed (a buyer) or received (a shop), at
 * the time they were placed; a buyer's {@link CreditKind#REFUND}s are its cases that became REFUNDED, at the time
 * they did (a shop has none, as before). Each counts as an input of that time would: within the trailing window
 * that ends now (the retention is never shorter than the window).
 */
@Component
public class CreditVolumes {

    /** The kinds counted here; their input rows, if any were recorded before, no longer count. */
    public static final java.util.Set<CreditKind> KINDS = java.util.EnumSet.of(CreditKind.ORDER, CreditKind.REFUND);

    private final Orders orders;
    private final Cases cases;

    CreditVolumes(Orders orders, Cases cases) {
        this.orders = orders;
        this.cases = cases;
    }

    /** The party's orders and (a buyer's) refunds that count at {@code now}, by kind; kinds with none are left out. */
    public Map<CreditKind, Integer> of(Party party, CreditRules rules, Instant now) {
        Instant after = now.minus(rules.window());
        Map<CreditKind, Integer> counted = new EnumMap<>(CreditKind.class);
        long placed = party.type() == Party.Type.BUYER ? orders.countPlacedBy(party.id(), after, now)
                : orders.countForShop(party.id(), after, now);
        long refunded = party.type() == Party.Type.BUYER ? cases.refundedFor(party.id(), after, now) : 0;
        if (placed > 0) {
            counted.put(CreditKind.ORDER, Math.toIntExact(placed));
        }
        if (refunded > 0) {
            counted.put(CreditKind.REFUND, Math.toIntExact(refunded));
        }
        return counted;
    }
}
