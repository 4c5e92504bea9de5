package io.redress.webhooks.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: {@code first}, then each delay {@code factor} times the one before, never
 * more than {@code max}; no further attempt once {@code giveUpAfter} has passed since the first attempt. With the
 * defaults (30 s, x4, 12 h cap, 3 days): 30 s, 2 min, 8 min, 32 min, 2 h 8 min, 8 h 32 min, then every 12 h.
 */
public record RetrySchedule(Duration first, int factor, Duration max, Duration giveUpAfter) {

    static RetrySchedule of(WebhookProperties properties) {
        return new RetrySchedule(properties.firstRetry(), properties.retryFactor(), properties.maxRetryDelay(),
                properties.giveUpAfter());
    }

    /** The delay after the {@code attempts}-th failed attempt (1 = the first). */
    public Duration delayAfter(int attempts) {
        Duration delay = first;
        for (int i = 1; i < attempts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(factor);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** The next attempt after the {@code attempts}-th failure at {@code now}; empty when it is time to give up. */
    public Optional<Instant> next(Instant firstAttempt, int attempts, Instant now) {
        Instant next = now.plus(delayAfter(attempts));
        return next.isAfter(firstAttempt.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }
}
