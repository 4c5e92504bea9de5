package io.redress.credit.internal;

import io.redress.advance.InstantRefundGate;
import io.redress.credit.CreditInputs;
import io.redress.credit.Party;
import io.redress.credit.Privileges;
import org.springframework.stereotype.Component;

/**
 * The credit record's word on instant refunds: refused while a penalty that applies takes the buyer's INSTANT_REFUND
 * privilege away (a suspension, a trade restriction, a ban), and always the buyer's standing as a score
 * ({@link io.redress.credit.Standing.Level#score()}) for the policy's {@code minStanding}. Replaces the advance
 * module's permissive fallback.
 */
@Component
class CreditGate implements InstantRefundGate {

    static final String SUSPENDED = "penalty.instant-refund-suspended";

    private final Privileges privileges;
    private final CreditInputs inputs;

    CreditGate(Privileges privileges, CreditInputs inputs) {
        this.privileges = privileges;
        this.inputs = inputs;
    }

    @Override
    public Decision allows(String buyerId) {
        Party buyer = Party.buyer(buyerId);
        int score = inputs.standing(buyer).level().score();
        boolean kept = privileges.of(buyer).instantRefund();
        return new Decision(kept, kept ? null : SUSPENDED, score);
    }
}
