package io.redress.policy.web;

import io.redress.identity.Caller;
import io.redress.policy.Policies;
import io.redress.policy.Policies.PolicyRejected;
import io.redress.policy.Policies.UnknownPolicy;
import io.redress.policy.Policy;
import io.redress.policy.PolicyChange;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Administration of the versioned after-sale policies: auditors read, admins publish and schedule. */
@RestController
@RequestMapping("/api/v1/admin/policies")
class PolicyController {

    private static final String PROFILE = "[a-z][a-z0-9-]{0,31}";

    private final Policies policies;
    private final Clock clock;

    PolicyController(Policies policies, ObjectProvider<Clock> clock) {
        this.policies = policies;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** A profile with the version in force now (null before its first takes effect) and those scheduled after it. */
    record ProfileSummary(String profile, boolean defaultProfile, Policy inForce, List<Policy> scheduled) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    List<ProfileSummary> profiles() {
        Instant now = clock.instant();
        return policies.profiles().stream().map(profile -> {
            List<Policy> versions = policies.versions(profile);
            Policy inForce = versions.stream().filter(v -> !v.effectiveFrom().isAfter(now))
                    .reduce((earlier, later) -> later).orElse(null);
            return new ProfileSummary(profile, profile.equals(policies.defaultProfile()), inForce,
                    versions.stream().filter(v -> v.effectiveFrom().isAfter(now)).toList());
        }).toList();
    }

    @GetMapping("/{profile}/versions")
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    List<Policy> versions(@PathVariable String profile) {
        List<Policy> versions = policies.versions(profile);
        if (versions.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no policy profile '" + profile + "'");
        }
        return versions;
    }

    @PostMapping("/{profile}/versions")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Policy> publish(@PathVariable String profile, @RequestBody PolicyChange change) {
        if (!profile.matches(PROFILE)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "a profile name is lower-case letters, digits and dashes, at most 32 characters");
        }
        Policy published = policies.publish(profile, change, Caller.current().name());
        return ResponseEntity.created(URI.create("/api/v1/admin/policies/" + profile + "/versions"))
                .body(published);
    }

    @ExceptionHandler(PolicyRejected.class)
    ProblemDetail rejected(PolicyRejected e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Policy version rejected", e.getMessage());
    }

    @ExceptionHandler(UnknownPolicy.class)
    ProblemDetail unknown(UnknownPolicy e) {
        return problem(HttpStatus.NOT_FOUND, "No policy in force", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid policy", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
