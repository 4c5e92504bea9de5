package io.redress.policy;

import io.redress.amounts.ShippingPayer;
import io.redress.amounts.ThresholdPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * A new version to publish. Null parts are taken over from the profile's latest version; timers, overrides and
 * category exceptions given here replace those of the same id, and shipping and service fields given replace those
 * fields; the instant-refund terms and the trust rules ({@code credit}), when given, each replace the whole set.
 * Without {@code effectiveFrom} an urgent change takes effect at once.
 */
public record PolicyChange(Instant effectiveFrom, Boolean urgent, Map<TimerId, TimerSetting> timers,
        Map<String, Map<TimerId, TimerSetting>> categoryOverrides, Limits limits, Duration noReasonWindow,
        ThresholdPolicy thresholdPolicy, ZoneId zone, Shipping shipping, Map<String, CategoryTerms> categoryExceptions,
        ServiceRules service, InstantRefundPolicy instantRefund, CreditRules credit) {

    /** A change without service levels that leaves the instant-refund terms and the trust rules as they are. */
    public PolicyChange(Instant effectiveFrom, Boolean urgent, Map<TimerId, TimerSetting> timers,
            Map<String, Map<TimerId, TimerSetting>> categoryOverrides, Limits limits, Duration noReasonWindow,
            ThresholdPolicy thresholdPolicy, ZoneId zone, Shipping shipping, Map<String, CategoryTerms> categoryExceptions) {
        this(effectiveFrom, urgent, timers, categoryOverrides, limits, noReasonWindow, thresholdPolicy, zone, shipping,
                categoryExceptions, null, null, null);
    }

    /** A change of the timers, limits or window alone. */
    public PolicyChange(Instant effectiveFrom, Boolean urgent, Map<TimerId, TimerSetting> timers,
            Map<String, Map<TimerId, TimerSetting>> categoryOverrides, Limits limits, Duration noReasonWindow,
            ThresholdPolicy thresholdPolicy, ZoneId zone) {
        this(effectiveFrom, urgent, timers, categoryOverrides, limits, noReasonWindow, thresholdPolicy, zone, null, null);
    }

    /** An urgent change of the service levels alone. */
    public static PolicyChange urgent(ServiceRules service) {
        return new PolicyChange(null, true, null, null, null, null, null, null, null, null, service, null, null);
    }

    /** An urgent change of the instant-refund terms alone. */
    public static PolicyChange urgent(InstantRefundPolicy instantRefund) {
        return new PolicyChange(null, true, null, null, null, null, null, null, null, null, null, instantRefund, null);
    }

    /** An urgent change of the trust rules alone. */
    public static PolicyChange urgent(CreditRules credit) {
        return new PolicyChange(null, true, null, null, null, null, null, null, null, null, null, null, credit);
    }

    /** Whether an admin marked the change urgent (absent: not urgent). */
    public boolean isUrgent() {
        return Boolean.TRUE.equals(urgent);
    }

    /** Freight fields to change; each null one keeps its current value. Checked on publication (422 naming the field). */
    public record Shipping(Boolean refundWhenNothingShipped, Boolean refundWhenSellerAtFault,
            ShippingPayer returnLegSellerAtFault, ShippingPayer returnLegOtherwise) {
    }

    /**
     * A category's no-reason terms as published: {@code noReasonReturn} is required; {@code noReasonWindow}, when
     * given, replaces the general window for the category. Checked on publication.
     */
    public record CategoryTerms(Boolean noReasonReturn, Duration noReasonWindow) {
    }
}
