package io.redress.credit.web;

import io.redress.credit.Party;
import io.redress.credit.Penalties;
import io.redress.credit.Penalty;
import io.redress.credit.PenaltyKind;
import io.redress.credit.Privilege;
import io.redress.credit.Visibility;
import io.redress.credit.web.CreditViews.PenaltyView;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.intervention.ReviewDecision;
import io.redress.shared.ResourceNotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Penalties: agents issue and revoke, the subject appeals, a senior agent who did not issue it reviews. */
@RestController
@RequestMapping("/api/v1/penalties")
@Tag(name = "Trust")
class PenaltyController {

    record Issue(@NotBlank @Schema(description = "buyer:<buyerId> or shop:<shopId>", requiredMode = Schema.RequiredMode.REQUIRED) String party,
            @NotNull @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PenaltyKind kind,
            @Schema(description = "The privilege a PRIVILEGE_SUSPENDED penalty suspends") Privilege privilege,
            @PositiveOrZero @Schema(description = "A FINE's amount in fen (CNY)") Long fineAmount,
            @NotBlank @Size(max = 64) @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reasonCode,
            @NotBlank @Size(max = 2000) @Schema(description = "Why, as the subject will read it", requiredMode = Schema.RequiredMode.REQUIRED) String reasons,
            @Size(max = 20) List<@NotBlank @Size(max = 100) String> evidenceIds,
            @Size(max = 20) List<@NotBlank @Size(max = 100) String> caseIds,
            @NotNull @Schema(description = "ISO-8601, e.g. P30D", requiredMode = Schema.RequiredMode.REQUIRED) Duration duration) {
    }

    record Action(@Size(max = 2000) @Schema(description = "appeal: why the penalty is wrong") String message,
            @Size(max = 10) @Schema(description = "appeal: evidence the appellant uploaded") List<@NotBlank @Size(max = 100) String> evidenceIds,
            @Schema(description = "review: UPHELD keeps the penalty, OVERTURNED revokes it") ReviewDecision decision,
            @Size(max = 2000) @Schema(description = "review: the senior agent's reasons") String reasons,
            @Size(max = 2000) @Schema(description = "revoke: why") String reason) {
    }

    private final Penalties penalties;
    private final Clock clock;

    PenaltyController(Penalties penalties, Clock clock) {
        this.penalties = penalties;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER', 'MARKETPLACE', 'AGENT', 'SENIOR_AGENT', 'AUDITOR')")
    @Operation(summary = "Penalties of a party, or all",
            description = "Roles: BUYER, SELLER (their own; party defaults to it), MARKETPLACE, AGENT, SENIOR_AGENT, "
            + "AUDITOR (any party; without party all). appeals=pending: only those with an appeal awaiting review.")
    @ApiResponse(responseCode = "200", description = "Newest first, revoked and expired ones included with their status")
    @ApiResponse(responseCode = "400", description = "party is not buyer:<id> or shop:<id>")
    @ApiResponse(responseCode = "403", description = "A role that never reads penalties")
    @ApiResponse(responseCode = "404", description = "Another party's penalties")
    List<PenaltyView> list(@Parameter(description = "buyer:<buyerId> or shop:<shopId>") @RequestParam(required = false) String party,
            @Parameter(description = "pending: appeals awaiting review only") @RequestParam(required = false) String appeals) {
        Caller caller = Caller.current();
        Party of = party != null ? Party.parse(party) : own(caller);
        var now = clock.instant();
        return penalties.visibleTo(caller, of, "pending".equals(appeals)).stream()
                .map(p -> PenaltyView.of(p, caller, penalties, now)).toList();
    }

    @GetMapping("/{penaltyId}")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER', 'MARKETPLACE', 'AGENT', 'SENIOR_AGENT', 'AUDITOR')")
    @Operation(summary = "One penalty", description = "Roles: BUYER, SELLER (their own), MARKETPLACE, AGENT, "
            + "SENIOR_AGENT, AUDITOR (any); another party's penalty is 404.")
    @ApiResponse(responseCode = "200", description = "The penalty with its appeal, revocation and allowedActions")
    @ApiResponse(responseCode = "403", description = "A role that never reads penalties")
    @ApiResponse(responseCode = "404", description = "No such penalty, or not the caller's")
    PenaltyView find(@PathVariable String penaltyId) {
        Caller caller = Caller.current();
        return PenaltyView.of(penalties.find(caller, penaltyId), caller, penalties, clock.instant());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('AGENT', 'SENIOR_AGENT')")
    @Operation(summary = "Issue a penalty by hand",
            description = "Roles: AGENT, SENIOR_AGENT. PRIVILEGE_SUSPENDED names the privilege (INSTANT_REFUND for a "
            + "buyer; AUTO_AGREE, NEGOTIATE_FIRST for a shop); FINE (shops) its fineAmount; FREIGHT_BORNE is a buyer's. "
            + "Recorded with the rule version in force; the subject may appeal within the policy's window.")
    @ApiResponse(responseCode = "201", description = "The penalty")
    @ApiResponse(responseCode = "400", description = "A field missing or invalid (named)")
    @ApiResponse(responseCode = "403", description = "Not an agent")
    PenaltyView issue(@Valid @RequestBody Issue body) {
        Caller caller = Caller.current();
        Penalty penalty = penalties.issue(caller, new Penalties.Issue(Party.parse(body.party()), body.kind(),
                body.privilege(), body.fineAmount(), body.reasonCode(), body.reasons(),
                body.evidenceIds() == null ? List.of() : body.evidenceIds(),
                body.caseIds() == null ? List.of() : body.caseIds(), body.duration()));
        return PenaltyView.of(penalty, caller, penalties, clock.instant());
    }

    @PostMapping("/{penaltyId}/{action}")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER', 'AGENT', 'SENIOR_AGENT')")
    @Operation(summary = "Appeal, review or revoke a penalty",
            description = "Roles: BUYER, SELLER, AGENT, SENIOR_AGENT, by action. appeal (the subject: BUYER or SELLER of the shop; message, evidenceIds; within the policy's "
            + "window, once, while it applies); review (SENIOR_AGENT, not the issuer; decision UPHELD or OVERTURNED, "
            + "reasons; OVERTURNED revokes it); revoke (AGENT, SENIOR_AGENT; reason). A revocation is a record; the "
            + "penalty stays listed as REVOKED.")
    @ApiResponse(responseCode = "200", description = "The penalty after the action")
    @ApiResponse(responseCode = "400", description = "A field the action needs is missing or invalid (named)")
    @ApiResponse(responseCode = "403", description = "The caller's role may not take this action")
    @ApiResponse(responseCode = "404", description = "No such penalty or action, or not the caller's")
    @ApiResponse(responseCode = "409", description = "Not allowed now (window passed, already appealed, revoked, "
            + "expired, the reviewer issued it); lists allowedActions")
    PenaltyView act(@PathVariable String penaltyId, @PathVariable String action, @Valid @RequestBody Action body) {
        Caller caller = Caller.current();
        Penalty changed;
        switch (action) {
            case Penalties.APPEAL:
                requireRole(caller, Role.BUYER, Role.SELLER);
                changed = penalties.appeal(caller, penaltyId, body.message(),
                        body.evidenceIds() == null ? List.of() : body.evidenceIds());
                break;
            case Penalties.REVIEW:
                requireRole(caller, Role.SENIOR_AGENT);
                changed = penalties.review(caller, penaltyId, body.decision(), body.reasons());
                break;
            case Penalties.REVOKE:
                requireRole(caller, Role.AGENT, Role.SENIOR_AGENT);
                changed = penalties.revoke(caller, penaltyId, body.reason());
                break;
            default:
                throw new ResourceNotFound("penalty action", action);
        }
        return PenaltyView.of(changed, caller, penalties, clock.instant());
    }

    private static void requireRole(Caller caller, Role... roles) {
        for (Role role : roles) {
            if (caller.has(role)) {
                return;
            }
        }
        throw new AccessDeniedException("this role may not take this action on a penalty");
    }

    /** A party's own party, or null for staff (everyone's). */
    private static Party own(Caller caller) {
        if (caller.has(Role.BUYER) && caller.buyerId() != null) {
            return Party.buyer(caller.buyerId());
        }
        if (caller.has(Role.SELLER) && caller.shopId() != null) {
            return Party.shop(caller.shopId());
        }
        return Visibility.staff(caller) ? null : Party.buyer("(none)");
    }
}
