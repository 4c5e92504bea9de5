package io.redress.webhooks.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code redress.webhooks.*}: how often and how widely deliveries are sent, how long a receiver may take, the
 * retry schedule (first delay, times factor, capped, for {@code giveUpAfter} from the first attempt), the overlap
 * of a rotated secret, and whether plain http and private addresses are allowed (demo mode only).
 */
@ConfigurationProperties("redress.webhooks")
public record WebhookProperties(
        @DefaultValue("true") boolean dispatch,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("4") int workers,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("3s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        @DefaultValue("30s") Duration firstRetry,
        @DefaultValue("4") int retryFactor,
        @DefaultValue("12h") Duration maxRetryDelay,
        @DefaultValue("3d") Duration giveUpAfter,
        @DefaultValue("24h") Duration secretOverlap,
        @DefaultValue("false") boolean allowInsecureUrls) {

    public WebhookProperties {
        if (workers < 1) {
            throw new IllegalArgumentException("redress.webhooks.workers must be at least 1");
        }
        if (lease.compareTo(connectTimeout.plus(readTimeout).multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("redress.webhooks.lease must be at least twice connect-timeout + read-timeout,"
                    + " so that a slow receiver's delivery is not claimed again while it is still being sent");
        }
    }
}
