package io.redress.identity;

/**
 * What a caller may do; a Spring Security authority is {@code ROLE_<name>}. METRICS is the Prometheus scraper's
 * (the key {@code redress.metrics.scrape-key}): it may read /actuator/prometheus and nothing else.
 */
public enum Role {
    BUYER, SELLER, AGENT, SENIOR_AGENT, AUDITOR, ADMIN, MARKETPLACE, SYSTEM, METRICS;

    public String authority() {
        return "ROLE_" + name();
    }
}
