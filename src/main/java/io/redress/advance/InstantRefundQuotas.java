package io.redress.advance;

import io.redress.advance.internal.AdvanceRows;
import io.redress.policy.InstantRefundPolicy;
import io.redress.policy.Policies;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A buyer's instant-refund quota under the default policy in force: for the standing page and the buyer's console. */
@Service
public class InstantRefundQuotas {

    private final AdvanceRows rows;
    private final Policies policies;
    private final InstantRefundGate gate;
    private final Clock clock;

    InstantRefundQuotas(AdvanceRows rows, Policies policies, InstantRefundGate gate, Clock clock) {
        this.rows = rows;
        this.policies = policies;
        this.gate = gate;
        this.clock = clock;
    }

    /** Whether the buyer could have an instant refund now, the quota, what is left of it, and why not. */
    @Transactional(readOnly = true)
    public InstantRefundQuota of(String buyerId) {
        Instant now = clock.instant();
        InstantRefundPolicy terms = policies.inForce(policies.defaultProfile(), now).rules().instantRefund();
        InstantRefundRules.Usage usage = rows.usage(buyerId, now.minus(Duration.ofDays(terms.trailingDays())));
        var reasons = InstantRefundRules.buyerRefusals(terms, gate.allows(buyerId), usage);
        return new InstantRefundQuota(reasons.isEmpty(), terms.quotaPerBuyer(), InstantRefundRules.quotaLeft(terms,
                usage), reasons);
    }
}
