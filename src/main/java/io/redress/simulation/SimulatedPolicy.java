package io.redress.simulation;

import io.redress.policy.PolicyChange;
import io.redress.policy.PolicyRules;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** A policy to play: its label in the report ({@code taobao@3}, a draft's file name) and its rules. */
public record SimulatedPolicy(String label, PolicyRules rules) {

    public SimulatedPolicy {
        if (label == null || label.isBlank() || rules == null) {
            throw new IllegalArgumentException("a simulated policy needs a label and rules");
        }
    }

    /** The whole version as an urgent change: published over any version, it is in force at once with exactly these rules. */
    public PolicyChange asChange() {
        return asChange(null);
    }

    /**
     * The whole version as a change taking effect at {@code effectiveFrom}, or at once as an urgent change when it is
     * null: every term is given (service levels, instant refunds and the credit rules included), so the version
     * published has exactly these rules whatever it replaces.
     */
    public PolicyChange asChange(Instant effectiveFrom) {
        Map<String, PolicyChange.CategoryTerms> terms = new TreeMap<>();
        rules.categoryExceptions().forEach((category, e) -> terms.put(category,
                new PolicyChange.CategoryTerms(e.noReasonReturn(), e.noReasonWindow())));
        var shipping = rules.shipping();
        return new PolicyChange(effectiveFrom, effectiveFrom == null, rules.timers(), rules.categoryOverrides(),
                rules.limits(), rules.noReasonWindow(), rules.thresholdPolicy(), rules.zone(),
                new PolicyChange.Shipping(shipping.refundWhenNothingShipped(), shipping.refundWhenSellerAtFault(),
                        shipping.returnLegSellerAtFault(), shipping.returnLegOtherwise()), terms, rules.service(),
                rules.instantRefund(), rules.credit());
    }
}
