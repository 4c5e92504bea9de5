package io.redress.policy.internal;

import io.redress.amounts.CategoryException;
import io.redress.amounts.ShippingPayer;
import io.redress.amounts.ShippingRules;
import io.redress.policy.PolicyChange;
import io.redress.policy.PolicyChange.CategoryTerms;
import io.redress.policy.PolicyRules;
import io.redress.policy.ServiceRules;
import io.redress.policy.TimerId;
import io.redress.policy.TimerSetting;
import io.redress.shared.InvalidField;
import io.redress.shared.RuleViolation;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A change applied to the rules it is based on: what it names replaces, what it leaves out stays. The amount
 * rules are checked here, so that a bad value is a 422 naming its field rather than a half-published version.
 */
final class PolicyMerge {

    static final Duration MAX_WINDOW = Duration.ofDays(365);

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
        Map<String, CategoryException> exceptions = new HashMap<>(base.categoryExceptions());
        if (change.categoryExceptions() != null) {
            change.categoryExceptions().forEach((category, terms) -> exceptions.put(category, exception(category, terms)));
        }
        return new PolicyRules(timers, overrides, or(change.limits(), base.limits()),
                window(or(change.noReasonWindow(), base.noReasonWindow()), "noReasonWindow"),
                or(change.thresholdPolicy(), base.thresholdPolicy()), or(change.zone(), base.zone()),
                shipping(base.shipping(), change.shipping()), exceptions, service(base.service(), change.service()),
                or(change.instantRefund(), base.instantRefund()), or(change.credit(), base.credit()));
    }

    private static ServiceRules service(ServiceRules base, ServiceRules change) {
        if (change == null) {
            return base;
        }
        ServiceRules merged = change.over(base);
        String invalid = merged.invalidField();
        if (invalid != null) {
            throw rejected(invalid, "acknowledge within more than zero and at most 30 days, resolve within 1 to 60 "
                    + "working days, sample 0 to 100 percent");
        }
        return merged;
    }

    private static ShippingRules shipping(ShippingRules base, PolicyChange.Shipping change) {
        if (change == null) {
            return base;
        }
        return new ShippingRules(or(change.refundWhenNothingShipped(), base.refundWhenNothingShipped()),
                or(change.refundWhenSellerAtFault(), base.refundWhenSellerAtFault()),
                payer(or(change.returnLegSellerAtFault(), base.returnLegSellerAtFault()), "shipping.returnLegSellerAtFault"),
                payer(or(change.returnLegOtherwise(), base.returnLegOtherwise()), "shipping.returnLegOtherwise"));
    }

    private static CategoryException exception(String category, CategoryTerms terms) {
        String field = "categoryExceptions." + category;
        if (category.isBlank() || category.length() > 64) {
            throw rejected("categoryExceptions", "a category is 1 to 64 characters");
        }
        if (terms == null || terms.noReasonReturn() == null) {
            throw rejected(field + ".noReasonReturn", "say whether the category allows no-reason returns");
        }
        if (terms.noReasonWindow() != null) {
            window(terms.noReasonWindow(), field + ".noReasonWindow");
        }
        return new CategoryException(terms.noReasonReturn(), terms.noReasonWindow());
    }

    /** An empty window would make no return a no-reason return; one of years would keep every order open to it. */
    private static Duration window(Duration window, String field) {
        if (window.isNegative() || window.isZero() || window.compareTo(MAX_WINDOW) > 0) {
            throw rejected(field, "must be longer than zero and at most " + MAX_WINDOW.toDays() + " days, not " + window);
        }
        return window;
    }

    private static ShippingPayer payer(ShippingPayer payer, String field) {
        if (payer == ShippingPayer.NONE) {
            throw rejected(field, "BUYER or SELLER pays a return leg");
        }
        return payer;
    }

    private static RuleViolation rejected(String field, String message) {
        return new RuleViolation(field + ": " + message).with("errors", List.of(new InvalidField(field, message)));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
