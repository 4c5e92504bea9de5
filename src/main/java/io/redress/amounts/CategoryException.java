package io.redress.amounts;

import java.time.Duration;

/**
 * How no-reason returns differ for one goods category: not offered at all, or with a window of its own (JD gives
 * home textiles 15 days, for one). A null window means the policy's general one.
 */
public record CategoryException(boolean noReasonReturn, Duration noReasonWindow) {

    public CategoryException {
        if (noReasonWindow != null && (noReasonWindow.isNegative() || noReasonWindow.isZero())) {
            throw new IllegalArgumentException("a category's no-reason window must be positive, not " + noReasonWindow);
        }
    }
}
