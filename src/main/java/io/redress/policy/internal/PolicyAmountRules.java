package io.redress.policy.internal;

import io.redress.amounts.AmountRules;
import io.redress.amounts.AmountRulesInForce;
import io.redress.policy.Policies;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** The amount rules of the default profile's version in force, for quotes before a case exists. */
@Component
class PolicyAmountRules implements AmountRulesInForce {

    private final Policies policies;

    PolicyAmountRules(Policies policies) {
        this.policies = policies;
    }

    @Override
    public AmountRules at(Instant at) {
        return policies.inForce(policies.defaultProfile(), at).rules().amountRules();
    }
}
