package io.redress.quality;

import io.redress.policy.Policies;
import io.redress.policy.Policy;
import io.redress.policy.PolicyChange;
import io.redress.policy.ServiceRules;
import java.time.Clock;

/**
 * The default profile's QA sample rate set to 100 % for a test (every ruling sampled), and the service rules in force
 * before it put back after.
 */
final class EveryRulingSampled {

    private final Policies policies;
    private final Policy previous;
    private final String by;

    private EveryRulingSampled(Policies policies, Policy previous, String by) {
        this.policies = policies;
        this.previous = previous;
        this.by = by;
    }

    static EveryRulingSampled publish(Policies policies, Clock clock, String by) {
        EveryRulingSampled sampled = new EveryRulingSampled(policies,
                policies.inForce(policies.defaultProfile(), clock.instant()), by);
        sampled.publish(new ServiceRules(null, null, 100));
        return sampled;
    }

    void restore() {
        publish(previous.rules().service());
    }

    private void publish(ServiceRules service) {
        policies.publish(policies.defaultProfile(), PolicyChange.urgent(service), by);
    }
}
