package io.redress.audit;

/** A day's digest was recorded (published in the transaction that stored it). */
public record AuditDigestRecorded(AuditDigest digest) {
}
