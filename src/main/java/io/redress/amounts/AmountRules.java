package io.redress.amounts;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/** The configurable rules the engine applies; the policy module supplies them per marketplace. */
public record AmountRules(ThresholdPolicy thresholdPolicy, Duration noReasonWindow, ZoneId zone) {

    /** Claw back broken thresholds, 168 hours of no-reason return, Asia/Shanghai business dates. */
    public static final AmountRules DEFAULTS =
            new AmountRules(ThresholdPolicy.CLAW_BACK, Duration.ofHours(168), ZoneId.of("Asia/Shanghai"));

    public AmountRules {
        Objects.requireNonNull(thresholdPolicy, "thresholdPolicy");
        Objects.requireNonNull(noReasonWindow, "noReasonWindow");
        Objects.requireNonNull(zone, "zone");
    }
}
