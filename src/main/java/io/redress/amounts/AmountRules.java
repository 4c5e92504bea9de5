package io.redress.amounts;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * The business rules the engine applies, taken from one policy version: the threshold policy, the no-reason
 * window and the zone it is counted in, who bears freight, and the categories whose no-reason terms differ.
 */
public record AmountRules(ThresholdPolicy thresholdPolicy, Duration noReasonWindow, ZoneId zone,
        ShippingRules shipping, Map<String, CategoryException> categoryExceptions) {

    /** Claw back broken thresholds, 168 hours of no-reason return, Asia/Shanghai business dates. */
    public static final AmountRules DEFAULTS =
            new AmountRules(ThresholdPolicy.CLAW_BACK, Duration.ofHours(168), ZoneId.of("Asia/Shanghai"));

    public AmountRules {
        Objects.requireNonNull(thresholdPolicy, "thresholdPolicy");
        Objects.requireNonNull(noReasonWindow, "noReasonWindow");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(shipping, "shipping");
        categoryExceptions = Map.copyOf(categoryExceptions);
    }

    /** The default freight rules and no category exceptions. */
    public AmountRules(ThresholdPolicy thresholdPolicy, Duration noReasonWindow, ZoneId zone) {
        this(thresholdPolicy, noReasonWindow, zone, ShippingRules.DEFAULTS, Map.of());
    }

    /** Whether goods of {@code category} (null: none) may be returned without a reason at all. */
    public boolean noReasonReturn(String category) {
        CategoryException exception = exception(category);
        return exception == null || exception.noReasonReturn();
    }

    /** The no-reason window for goods of {@code category}: the category's own, else the general one. */
    public Duration noReasonWindow(String category) {
        CategoryException exception = exception(category);
        return exception != null && exception.noReasonWindow() != null ? exception.noReasonWindow() : noReasonWindow;
    }

    private CategoryException exception(String category) {
        return category == null ? null : categoryExceptions.get(category);
    }
}
