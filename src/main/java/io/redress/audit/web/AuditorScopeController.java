package io.redress.audit.web;

import io.redress.audit.refunds.AuditorScope;
import io.redress.audit.refunds.AuditorScopes;
import io.redress.identity.Caller;
import io.redress.shared.InvalidRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An admin limits an auditor (an external firm) to shops and days; enforced by the refund audit and the export. */
@RestController
@RequestMapping("/api/v1/admin/users/{username}/audit-scope")
@PreAuthorize("hasRole('ADMIN')")
class AuditorScopeController {

    private final AuditorScopes scopes;

    AuditorScopeController(AuditorScopes scopes) {
        this.scopes = scopes;
    }

    /** The scope asked for: shops (empty: all), days (null: open). */
    record Scope(List<String> shops, LocalDate from, LocalDate to) {
    }

    @PutMapping
    @Operation(summary = "Set an auditor's scope",
            description = "Roles: ADMIN. Limits the auditor to shops and days (inclusive); no shops and no days "
            + "lift the limit.")
    @ApiResponse(responseCode = "200", description = "The scope now in force")
    @ApiResponse(responseCode = "400", description = "to before from, or a blank shop id")
    @ApiResponse(responseCode = "403", description = "The caller is not an admin")
    AuditorScope set(@PathVariable String username, @RequestBody Scope body) {
        if (username.isBlank() || username.length() > 100) {
            throw new InvalidRequest("username", "must be 1..100 characters");
        }
        List<String> shops = body.shops() == null ? List.of() : body.shops();
        if (shops.stream().anyMatch(s -> s == null || s.isBlank() || s.contains(",") || s.length() > 64)) {
            throw new InvalidRequest("shops", "each shop is a non-blank id without commas");
        }
        if (body.from() != null && body.to() != null && body.to().isBefore(body.from())) {
            throw new InvalidRequest("to", "must not be before from");
        }
        return scopes.set(new AuditorScope(username, new HashSet<>(shops), body.from(), body.to()),
                Caller.current().name());
    }

    @GetMapping
    @Operation(summary = "An auditor's scope", description = "Roles: ADMIN. Unlimited when none was set.")
    @ApiResponse(responseCode = "200", description = "The scope")
    AuditorScope get(@PathVariable String username) {
        return scopes.of(username);
    }
}
