package io.redress.payments;

import java.time.Duration;
import java.util.Optional;

/**
 * The PSP could not be reached or did not answer in time: the refund's outcome is unknown. When the PSP said how
 * long to wait before asking again (a 429 or 503 with {@code Retry-After}), {@link #retryAfter()} carries it.
 */
public class GatewayUnavailable extends RuntimeException {

    private final transient Duration retryAfter;

    public GatewayUnavailable(String message, Throwable cause) {
        this(message, cause, null);
    }

    public GatewayUnavailable(String message, Throwable cause, Duration retryAfter) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    /** How long the PSP asked callers to wait, when it said so. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
