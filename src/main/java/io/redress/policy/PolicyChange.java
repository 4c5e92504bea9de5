package io.redress.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * A new version to publish. Null parts are taken over from the profile's latest version; timers and
 * overrides given here replace those of the same id. Without {@code effectiveFrom} an urgent change takes
 * effect at once.
 */
public record PolicyChange(Instant effectiveFrom, Boolean urgent, Map<TimerId, TimerSetting> timers,
        Map<String, Map<TimerId, TimerSetting>> categoryOverrides, Limits limits, Duration noReasonWindow,
        ThresholdPolicy thresholdPolicy, ZoneId zone) {

    /** Whether an admin marked the change urgent (absent: not urgent). */
    public boolean isUrgent() {
        return Boolean.TRUE.equals(urgent);
    }
}
