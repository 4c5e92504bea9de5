package io.redress.policy.internal;

import io.redress.policy.PolicyChange;
import io.redress.policy.PolicyRules;
import io.redress.policy.TimerId;
import io.redress.policy.TimerSetting;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** A change applied to the rules it is based on: what it names replaces, what it leaves out stays. */
final class PolicyMerge {

    private PolicyMerge() {
    }

    static PolicyRules apply(PolicyRules base, PolicyChange change) {
        Map<TimerId, TimerSetting> timers = new EnumMap<>(base.timers());
        if (change.timers() != null) {
            timers.putAll(change.timers());
        }
        Map<String, Map<TimerId, TimerSetting>> overrides = new HashMap<>(base.categoryOverrides());
        if (change.categoryOverrides() != null) {
            overrides.putAll(change.categoryOverrides());
        }
        return new PolicyRules(timers, overrides, or(change.limits(), base.limits()),
                or(change.noReasonWindow(), base.noReasonWindow()),
                or(change.thresholdPolicy(), base.thresholdPolicy()), or(change.zone(), base.zone()));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
