package io.redress.simulation;

/**
 * An admin published a policy version although its simulation against the version in force breached legal bounds,
 * giving a reason (recorded in the audit trail as {@code policy.simulation-overridden}).
 */
public record PolicyOverridden(String profile, String runId, int legalBreaches, String reason, String publishedBy) {
}
