package io.redress.policy;

import static io.redress.policy.TimerId.*;
import static io.redress.policy.TimerSetting.days;
import static io.redress.policy.TimerSetting.hours;

import io.redress.amounts.AmountRules;
import io.redress.amounts.CategoryException;
import io.redress.amounts.ShippingRules;
import io.redress.amounts.ThresholdPolicy;
import io.redress.deadlines.ClockKind;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The content of one policy version: every timer of docs/lifecycle.md with its clock, per-category overrides,
 * per-line limits, and the refund amount rules: the no-reason window, the threshold policy, the marketplace zone,
 * who bears freight and the categories whose no-reason terms differ; the service levels of the after-sales team
 * ({@link ServiceRules}: complaint SLA, QA sample rate); the instant-refund terms ({@link InstantRefundPolicy}); and
 * the trust rules ({@code credit}, docs/credit.md). A version stored before shipping rules, category exceptions,
 * service levels, instant refunds or trust rules existed reads with the defaults, which are what the engine did
 * before (instant refunds off; {@link CreditRules#defaults()}).
 */
public record PolicyRules(Map<TimerId, TimerSetting> timers, Map<String, Map<TimerId, TimerSetting>> categoryOverrides,
        Limits limits, Duration noReasonWindow, ThresholdPolicy thresholdPolicy, ZoneId zone, ShippingRules shipping,
        Map<String, CategoryException> categoryExceptions, ServiceRules service, InstantRefundPolicy instantRefund,
        CreditRules credit) {

    public PolicyRules {
        if (timers == null || limits == null || noReasonWindow == null || thresholdPolicy == null || zone == null) {
            throw new IllegalArgumentException("a policy needs timers, limits, noReasonWindow, thresholdPolicy and zone");
        }
        if (!TimerId.ADDED_LATER.stream().allMatch(timers::containsKey)) {
            Map<TimerId, TimerSetting> completed = new EnumMap<>(TimerId.class);
            completed.putAll(timers);
            laterDefaults().forEach(completed::putIfAbsent);
            timers = completed;
        }
        for (TimerId id : TimerId.values()) {
            if (!timers.containsKey(id)) {
                throw new IllegalArgumentException("timer " + id + " has no setting");
            }
        }
        if (noReasonWindow.isNegative() || noReasonWindow.isZero()) {
            throw new IllegalArgumentException("the no-reason window must be positive");
        }
        timers = Map.copyOf(timers);
        Map<String, Map<TimerId, TimerSetting>> overrides = new TreeMap<>();
        if (categoryOverrides != null) {
            categoryOverrides.forEach((category, settings) -> overrides.put(category, Map.copyOf(settings)));
        }
        categoryOverrides = Map.copyOf(overrides);
        shipping = shipping == null ? ShippingRules.DEFAULTS : shipping;
        categoryExceptions = categoryExceptions == null ? Map.of() : Map.copyOf(categoryExceptions);
        service = service == null ? ServiceRules.DEFAULTS : service.over(ServiceRules.DEFAULTS);
        instantRefund = instantRefund == null ? InstantRefundPolicy.DEFAULTS : instantRefund;
        credit = credit == null ? CreditRules.defaults() : credit;
    }

    /** Default service levels (complaints, QA sampling), instant-refund terms (off) and trust rules. */
    public PolicyRules(Map<TimerId, TimerSetting> timers, Map<String, Map<TimerId, TimerSetting>> categoryOverrides,
            Limits limits, Duration noReasonWindow, ThresholdPolicy thresholdPolicy, ZoneId zone, ShippingRules shipping,
            Map<String, CategoryException> categoryExceptions) {
        this(timers, categoryOverrides, limits, noReasonWindow, thresholdPolicy, zone, shipping, categoryExceptions,
                null, null, null);
    }

    /** Default freight rules and no category exceptions. */
    public PolicyRules(Map<TimerId, TimerSetting> timers, Map<String, Map<TimerId, TimerSetting>> categoryOverrides,
            Limits limits, Duration noReasonWindow, ThresholdPolicy thresholdPolicy, ZoneId zone) {
        this(timers, categoryOverrides, limits, noReasonWindow, thresholdPolicy, zone, null, null);
    }

    /** What the amount engine needs of this version. */
    public AmountRules amountRules() {
        return new AmountRules(thresholdPolicy, noReasonWindow, zone, shipping, categoryExceptions);
    }

    /** The timer for goods of {@code category} (null: no category), an override where the category has one. */
    public TimerSetting timer(TimerId id, String category) {
        return Optional.ofNullable(category).map(categoryOverrides::get).map(o -> o.get(id))
                .orElse(timers.get(id));
    }

    /** Defaults of the timers a version stored before they existed lacks. */
    private static Map<TimerId, TimerSetting> laterDefaults() {
        return Map.of(T_ACCEPT, hours(24), T_EVIDENCE_EXTENSION, hours(24),
                T_SUSPEND_FILING, new TimerSetting(Duration.ofDays(7), ClockKind.WORKING_DAYS),
                T_REINSTATEMENT_ANSWER, hours(48));
    }

    /** The Taobao-like defaults of docs/lifecycle.md. */
    public static PolicyRules taobao() {
        Map<TimerId, TimerSetting> timers = new EnumMap<>(TimerId.class);
        timers.put(T_SELLER_UNSHIPPED, hours(24));
        timers.put(T_SELLER_INTRANSIT, hours(36));
        timers.put(T_SELLER_INTERCEPT, days(3));
        timers.put(T_SELLER_RECEIVED, days(5));
        timers.put(T_REVISE, days(5));
        timers.put(T_RETURN, days(7));
        timers.put(T_RECEIPT, days(10));
        timers.put(T_EVIDENCE, days(3));
        timers.put(T_EVIDENCE_REPLY, hours(24));
        timers.put(T_RULING, new TimerSetting(Duration.ofDays(5), ClockKind.WORKING_DAYS));
        timers.put(T_EXECUTE, hours(24));
        timers.put(T_APPEAL, days(7));
        timers.put(T_SELLER_APPEAL, days(7));
        timers.put(T_REFUND_LEGAL, days(7));
        timers.put(T_PROCESS_LEGAL, days(15));
        timers.put(T_AFTERSALE, days(15));
        timers.put(T_AUTOCONFIRM, days(10));
        timers.put(T_REPLACEMENT, hours(72));
        timers.put(T_REPAIR, days(30));
        timers.put(T_SUSPEND, days(30));
        timers.putAll(laterDefaults());
        Map<String, Map<TimerId, TimerSetting>> overrides = Map.of(
                "virtual", Map.of(T_SELLER_RECEIVED, days(3), T_AUTOCONFIRM, days(3)));
        return new PolicyRules(timers, overrides, new Limits(3, 5), Duration.ofHours(168), ThresholdPolicy.CLAW_BACK,
                ZoneId.of("Asia/Shanghai"));
    }

    /** JD-like: the seller answers in 24 h, supplementary evidence gets 4 business hours on the 09:00–18:00 clock. */
    public static PolicyRules jd() {
        PolicyRules base = taobao();
        Map<TimerId, TimerSetting> timers = new EnumMap<>(base.timers());
        for (TimerId answer : new TimerId[] {T_SELLER_UNSHIPPED, T_SELLER_INTRANSIT, T_SELLER_RECEIVED, T_EXECUTE}) {
            timers.put(answer, hours(24));
        }
        timers.put(T_EVIDENCE_REPLY, new TimerSetting(Duration.ofHours(4), ClockKind.BUSINESS_HOURS));
        return new PolicyRules(timers, Map.of("virtual", Map.of(T_AUTOCONFIRM, days(3))), base.limits(), base.noReasonWindow(), base.thresholdPolicy(),
                base.zone(), base.shipping(), base.categoryExceptions(), base.service(), base.instantRefund(),
                base.credit());
    }
}
