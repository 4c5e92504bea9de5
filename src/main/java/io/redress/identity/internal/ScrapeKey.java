package io.redress.identity.internal;

import io.redress.identity.Caller;
import io.redress.identity.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The long-lived bearer key of the Prometheus scraper ({@code redress.metrics.scrape-key}, from
 * REDRESS_METRICS_SCRAPE_KEY): it authenticates as role METRICS, which may read /actuator/prometheus only. Unset,
 * no key scrapes (an admin token still does). At least 24 characters; compared in constant time.
 */
@Component
class ScrapeKey {

    static final String NAME = "metrics-scraper";
    private final byte[] key;

    ScrapeKey(@Value("${redress.metrics.scrape-key:}") String key) {
        if (!key.isEmpty() && key.length() < 24) {
            throw new IllegalStateException("redress.metrics.scrape-key must be at least 24 characters");
        }
        this.key = key.isEmpty() ? null : key.getBytes(StandardCharsets.UTF_8);
    }

    Optional<Caller> authenticate(String token) {
        if (key == null || !MessageDigest.isEqual(key, token.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(new Caller(NAME, Set.of(Role.METRICS), null, null));
    }
}
