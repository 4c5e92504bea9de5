package io.redress.credit.web;

import io.redress.advance.InstantRefundQuota;
import io.redress.advance.InstantRefundQuotas;
import io.redress.credit.CreditInput;
import io.redress.credit.CreditInputs;
import io.redress.credit.CreditKind;
import io.redress.credit.Party;
import io.redress.credit.Penalties;
import io.redress.credit.Privileges;
import io.redress.credit.Standing;
import io.redress.credit.Visibility;
import io.redress.credit.web.CreditViews.*;
import io.redress.identity.Caller;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A party's standing with its reasons and penalties, and the signals the marketplace pushes about it. */
@RestController
@RequestMapping("/api/v1/parties/{partyType}/{partyId}")
@Tag(name = "Trust")
class StandingController {

    record Signal(@NotNull @Schema(description = "A kind the marketplace reports, e.g. UNPAID_ORDER", requiredMode = Schema.RequiredMode.REQUIRED) CreditKind kind,
            @NotNull @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant at,
            @NotBlank @Size(max = 200) @Schema(description = "The marketplace's id of the fact; a signal is recorded once per reference and kind") String reference) {
    }

    record SignalView(String inputId, boolean recorded, CreditKind kind, PartyView party, Instant at, String reference) {
    }

    private final CreditInputs inputs;
    private final Penalties penalties;
    private final Privileges privileges;
    private final InstantRefundQuotas quotas;
    private final Clock clock;

    StandingController(CreditInputs inputs, Penalties penalties, Privileges privileges, InstantRefundQuotas quotas,
            Clock clock) {
        this.inputs = inputs;
        this.penalties = penalties;
        this.privileges = privileges;
        this.quotas = quotas;
        this.clock = clock;
    }

    @GetMapping("/standing")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER', 'MARKETPLACE', 'AGENT', 'SENIOR_AGENT', 'AUDITOR')")
    @Operation(summary = "A buyer's or shop's standing, why, and its penalties",
            description = "Roles: BUYER (their own), SELLER (their shop's), MARKETPLACE, AGENT, SENIOR_AGENT, AUDITOR "
            + "(any). partyType is buyer or shop. reasons say in zh-CN and en which inputs of the trailing window gave "
            + "points; text follows Accept-Language. instantRefund (buyers only; null for a shop) is the buyer's "
            + "instant-refund quota under the policy in force: eligible now, the quota, what is left, and the reasons "
            + "it is not offered.")
    @ApiResponse(responseCode = "200", description = "The standing now")
    @ApiResponse(responseCode = "403", description = "A role that never reads standings")
    @ApiResponse(responseCode = "404", description = "Another party's standing, or an unknown party type")
    StandingView standing(@Parameter(description = "buyer or shop") @PathVariable String partyType,
            @PathVariable String partyId) {
        Caller caller = Caller.current();
        Party party = visible(caller, partyType, partyId);
        Standing standing = inputs.standing(party);
        Locale locale = LocaleContextHolder.getLocale();
        Instant now = clock.instant();
        return new StandingView(PartyView.of(party), standing.level(), standing.points(),
                standing.reasons().stream().map(r -> ReasonView.of(r, locale)).toList(), instantRefund(party),
                PrivilegesView.of(privileges.of(party)),
                penalties.of(party).stream().map(p -> PenaltyView.of(p, caller, penalties, now)).toList());
    }

    @PostMapping("/signals")
    @PreAuthorize("hasRole('MARKETPLACE')")
    @Operation(summary = "Report a signal about a buyer or shop",
            description = "Roles: MARKETPLACE. kinds the marketplace reports: UNPAID_ORDER, COMPLAINT_AGAINST, "
            + "EMPTY_PARCEL_CLAIM, MISSING_ITEM_CLAIM, COUNTERFEIT_CLAIM (buyers). Recorded once per reference and kind: "
            + "the same signal again is a no-op that answers 200 with recorded=false.")
    @ApiResponse(responseCode = "201", description = "Recorded (200 with recorded=false: already recorded, nothing changed)")
    @ApiResponse(responseCode = "400", description = "A field missing or invalid, a kind the marketplace does not "
            + "report or not of this party type, a time in the future")
    @ApiResponse(responseCode = "403", description = "Not the marketplace")
    @ApiResponse(responseCode = "404", description = "An unknown party type")
    ResponseEntity<SignalView> signal(@PathVariable String partyType, @PathVariable String partyId,
            @Valid @RequestBody Signal body) {
        Party party = Party.ofPath(partyType, partyId);
        if (!body.kind().pushed() || !body.kind().appliesTo(party.type())) {
            throw new InvalidRequest("kind", body.kind() + " is not a signal the marketplace reports about a "
                    + party.type());
        }
        if (body.at().isAfter(clock.instant().plus(Duration.ofMinutes(5)))) {
            throw new InvalidRequest("at", "is in the future");
        }
        Optional<String> id = inputs.record(CreditInput.of(new CreditInput.Source("SIGNAL", body.reference(), null,
                inputs.ruleVersion()), body.kind(), party, body.at(), null));
        SignalView view = new SignalView(id.orElse(null), id.isPresent(), body.kind(), PartyView.of(party), body.at(),
                body.reference());
        return ResponseEntity.status(id.isPresent() ? HttpStatus.CREATED : HttpStatus.OK).body(view);
    }

    private InstantRefundView instantRefund(Party party) {
        if (party.type() != Party.Type.BUYER) {
            return null;
        }
        InstantRefundQuota quota = quotas.of(party.id());
        return new InstantRefundView(quota.eligible(), quota.quotaTotal(), quota.quotaLeft(), "CNY", quota.reasons());
    }

    static Party visible(Caller caller, String partyType, String partyId) {
        Party party = Party.ofPath(partyType, partyId);
        if (!Visibility.sees(caller, party)) {
            throw new ResourceNotFound("party", party.toString());
        }
        return party;
    }
}
