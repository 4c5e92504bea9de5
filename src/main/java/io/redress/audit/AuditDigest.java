package io.redress.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The chain head at the end of a day in the marketplace's zone: the last record written that day or before
 * ({@code seq} 0 and the genesis hash while the chain is empty). Whoever keeps it can later tell that no record up
 * to {@code seq} changed.
 */
public record AuditDigest(LocalDate day, long seq, String hash, Instant recordedAt) {
}
