package io.redress.policy;

import java.time.Instant;

/**
 * A policy version was published (in the transaction that stored it). {@code rules} is the version's rules as
 * stored, in JSON, so that a record of the publication shows exactly what was published.
 */
public record PolicyPublished(String profile, int version, Instant effectiveFrom, Instant publishedAt, boolean urgent,
        String publishedBy, String rules) {
}
