package io.redress.policy;

/**
 * Asked, in the publishing transaction, before a version is stored: may refuse it with a
 * {@link Policies.PolicyRejected} (422). {@code overrideReason} is an admin's recorded reason to publish a version the
 * guard would refuse (null: none given). Implemented by modules that know more about a version than the policy
 * module, e.g. the simulator (its run of the version against the one in force).
 */
public interface PublicationGuard {

    void check(String profile, PolicyRules candidate, String overrideReason, String publishedBy);
}
