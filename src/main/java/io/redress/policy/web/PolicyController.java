package io.redress.policy.web;

import io.redress.identity.Caller;
import io.redress.policy.Policies;
import io.redress.policy.Policy;
import io.redress.policy.PolicyChange;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administration of the versioned after-sale policies: auditors read, admins publish and schedule. */
@RestController
@RequestMapping("/api/v1/admin/policies")
class PolicyController {

    private static final String PROFILE = "[a-z][a-z0-9-]{0,31}";

    private final Policies policies;
    private final Clock clock;

    PolicyController(Policies policies, Clock clock) {
        this.policies = policies;
        this.clock = clock;
    }

    /** A profile with the version in force now (null before its first takes effect) and those scheduled after it. */
    record ProfileSummary(String profile, boolean defaultProfile, Policy inForce, List<Policy> scheduled) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    @Operation(summary = "List policy profiles",
            description = "Roles: ADMIN, AUDITOR. Each profile with the version in force now and the versions "
            + "scheduled after it.")
    @ApiResponse(responseCode = "200", description = "Every profile")
    @ApiResponse(responseCode = "403", description = "The caller is neither admin nor auditor")
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
    @Operation(summary = "List a profile's policy versions",
            description = "Roles: ADMIN, AUDITOR.")
    @ApiResponse(responseCode = "200", description = "Every version of the profile")
    @ApiResponse(responseCode = "403", description = "The caller is neither admin nor auditor")
    @ApiResponse(responseCode = "404", description = "No such profile")
    List<Policy> versions(@PathVariable String profile) {
        List<Policy> versions = policies.versions(profile);
        if (versions.isEmpty()) {
            throw new ResourceNotFound("policy profile", profile);
        }
        return versions;
    }

    @PostMapping("/{profile}/versions")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Publish a policy version",
            description = "Roles: ADMIN. The change is merged onto the version in force and takes effect at "
            + "effectiveFrom; cases keep the version they were opened under.")
    @ApiResponse(responseCode = "201", description = "Version published")
    @ApiResponse(responseCode = "400", description = "Invalid profile name or fields")
    @ApiResponse(responseCode = "403", description = "The caller is not an admin")
    @ApiResponse(responseCode = "422", description = "effectiveFrom missing on a non-urgent change, or in the past; "
            + "or an amount rule out of range (errors[].field names it); or its simulation against the version in force "
            + "breached a legal bound and no overrideReason was given (docs/simulation.md)")
    ResponseEntity<Policy> publish(@PathVariable String profile, @RequestBody PolicyChange change,
            @Parameter(description = "An admin's reason to publish although the version's simulation breached a legal "
                    + "bound; recorded in the audit trail") @RequestParam(required = false) String overrideReason) {
        if (!profile.matches(PROFILE)) {
            throw new InvalidRequest("profile", "lower-case letters, digits and dashes, starting with a letter, at most 32");
        }
        if (overrideReason != null && (overrideReason.isBlank() || overrideReason.length() > 500)) {
            throw new InvalidRequest("overrideReason", "a reason of 1 to 500 characters");
        }
        Policy published = policies.publish(profile, change, Caller.current().name(), overrideReason);
        return ResponseEntity.created(URI.create("/api/v1/admin/policies/" + profile + "/versions"))
                .body(published);
    }
}
