package io.redress.shared.web;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Forgets Idempotency-Keys older than redress.idempotency.retention (default 7 days). Every instance runs it;
 * the delete is idempotent, so no cluster lock is needed.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdempotencyRetention {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyRetention.class);

    private final IdempotencyKeys keys;
    private final Clock clock;
    private final Duration retention;

    IdempotencyRetention(IdempotencyKeys keys, Clock clock,
            @Value("${redress.idempotency.retention:P7D}") Duration retention) {
        if (retention.compareTo(Duration.ofDays(7)) < 0) {
            throw new IllegalStateException("redress.idempotency.retention must be at least 7 days, not " + retention);
        }
        this.keys = keys;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${redress.idempotency.reap-every:PT1H}", initialDelayString = "PT1M")
    int forgetExpiredKeys() {
        int forgotten = keys.forgetClaimedBefore(clock.instant().minus(retention));
        if (forgotten > 0) {
            log.info("Forgot {} Idempotency-Keys older than {}", forgotten, retention);
        }
        return forgotten;
    }
}
