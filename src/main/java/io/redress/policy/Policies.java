package io.redress.policy;

import io.redress.shared.ResourceNotFound;
import io.redress.shared.RuleViolation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The versioned after-sale policies. */
public interface Policies {

    /** The profile cases use unless the marketplace names another. */
    String defaultProfile();

    /** Every profile with at least one version. */
    List<String> profiles();

    /** The version of {@code profile} in force at {@code at}; fails with {@link UnknownPolicy} when there is none. */
    Policy inForce(String profile, Instant at);

    /** One version of a profile, as a case that runs under it needs it. */
    Optional<Policy> find(String profile, int version);

    /** All versions of {@code profile}, oldest first (empty for an unknown profile). */
    List<Policy> versions(String profile);

    /**
     * Publishes the next version of {@code profile}; what the change leaves out is taken from the latest version
     * (for a new profile, from the default profile in force). Fails with {@link PolicyRejected} when it would
     * take effect before publication, or, replacing an existing version, less than 7 days after publication
     * without being urgent. The first version of a new profile replaces nothing and may take effect at once.
     */
    default Policy publish(String profile, PolicyChange change, String publishedBy) {
        return publish(profile, change, publishedBy, null);
    }

    /** As {@link #publish(String, PolicyChange, String)}; {@code overrideReason} is given to the {@link PublicationGuard}s. */
    Policy publish(String profile, PolicyChange change, String publishedBy, String overrideReason);

    /** No version of the profile is in force at the requested time (404). */
    final class UnknownPolicy extends ResourceNotFound {
        public UnknownPolicy(String profile, Instant at) {
            super("policy in force", profile + " at " + at);
        }
    }

    /** A version that may not be published as requested (422). */
    final class PolicyRejected extends RuleViolation {
        public PolicyRejected(String message) {
            super(message);
        }
    }
}
