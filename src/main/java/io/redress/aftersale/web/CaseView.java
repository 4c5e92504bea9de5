package io.redress.aftersale.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.redress.aftersale.Actor;
import io.redress.aftersale.Case;
import io.redress.aftersale.CaseLine;
import io.redress.aftersale.CaseOverview;
import io.redress.aftersale.CaseProposal;
import io.redress.aftersale.CaseReason;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.CaseType;
import io.redress.aftersale.CloseReason;
import io.redress.aftersale.InterventionStatus;
import io.redress.deadlines.Deadline;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** A case in the contract's shape (docs/cases.md), as one caller sees it. */
record CaseView(@Schema(requiredMode = REQUIRED) String caseId, @Schema(requiredMode = REQUIRED) String orderId,
        @Schema(requiredMode = REQUIRED) String buyerId, @Schema(requiredMode = REQUIRED) String shopId,
        @Schema(implementation = CaseType.class, requiredMode = REQUIRED) String type,
        @Schema(implementation = CaseReason.class, requiredMode = REQUIRED) String reason,
        @Schema(implementation = CaseStatus.class, requiredMode = REQUIRED) String status,
        @Schema(implementation = InterventionStatus.class, requiredMode = REQUIRED) String intervention,
        @Schema(description = "ISO 4217 code", example = "CNY", requiredMode = REQUIRED) String currency,
        @Schema(requiredMode = REQUIRED) long requestedAmount,
        @Schema(description = "null until the seller agrees") Long agreedAmount,
        @Schema(requiredMode = REQUIRED) long refundedAmount, @Schema(requiredMode = REQUIRED) List<CaseLine> lines,
        @Schema(description = "null when nobody has to act") DeadlineView deadline,
        @ArraySchema(schema = @Schema(allowableValues = {"agree", "refuse", "revise", "cancel", "ship-return",
                "confirm-receipt", "refuse-receipt", "escalate", "ship-replacement", "confirm-replacement", "appeal",
                "propose", "accept-proposal", "reject-proposal"}),
                arraySchema = @Schema(description = "what the caller may do now", requiredMode = REQUIRED))
        List<String> allowedActions,
        @Schema(implementation = CloseReason.class, description = "set once the case is CLOSED") String closeReason,
        @Schema(description = "why the case needs an operator; null when it does not") String attention,
        @Schema(description = "where the buyer sends a return, once the seller agreed") String returnAddress,
        @Schema(description = "true when the system set it for a seller who stayed silent") Boolean returnAddressBySystem,
        @Schema(description = "the seller's proposal waiting for the buyer's answer; null when none") ProposalView proposal,
        @Schema(description = "the refund decided when the case entered REFUNDING; null before") DecisionView refundDecision,
        @Schema(description = "the platform's advance on the case (docs/instant-refund.md): NONE, ADVANCED, DISPUTED,"
                + " SETTLED, RECOVERING", allowableValues = {"NONE", "ADVANCED", "DISPUTED", "SETTLED", "RECOVERING"},
                requiredMode = REQUIRED) String advanceStatus,
        @Schema(description = "how the platform paid first: UNSHIPPED_INSTANT_REFUND or RETURN_ADVANCE; null when it"
                + " did not", allowableValues = {"UNSHIPPED_INSTANT_REFUND", "RETURN_ADVANCE"}) String advanceKind,
        @Schema(requiredMode = REQUIRED) long version, @Schema(requiredMode = REQUIRED) OffsetDateTime createdAt,
        @Schema(requiredMode = REQUIRED) OffsetDateTime updatedAt) {

    /** Who must act by when, and what happens if they do not. */
    record DeadlineView(OffsetDateTime at, @Schema(implementation = Actor.class) String party,
            @Schema(description = "what the system does at expiry, e.g. AUTO_AGREE, AUTO_CLOSE, AUTO_REFUND")
            String onExpiry) {
    }

    /** A pending counter-proposal: the amount accepting refunds (null: the amount requested) and the return address. */
    record ProposalView(Long amount, String returnAddress, @Schema(requiredMode = REQUIRED) String proposedBy,
            @Schema(requiredMode = REQUIRED) OffsetDateTime proposedAt) {
    }

    static CaseView of(CaseOverview overview, ZoneId zone) {
        CaseProposal p = overview.proposal();
        Case c = overview.detail();
        Deadline d = overview.deadline();
        return new CaseView(c.caseId(), c.orderId(), c.buyerId(), c.shopId(), c.type().name(), c.reason().name(),
                c.status().name(), c.intervention().name(), c.currency(), c.requestedAmount(), c.agreedAmount(),
                c.refundedAmount(), c.lines(),
                d == null ? null : new DeadlineView(local(d.dueAt(), zone), d.party(), d.onExpiry()),
                overview.allowedActions(), c.closeReason() == null ? null : c.closeReason().name(), overview.attention(),
                c.returnAddress() == null ? null : c.returnAddress().address(),
                c.returnAddress() == null ? null : c.returnAddress().bySystem(),
                p == null ? null : new ProposalView(p.amount(), p.returnAddress(), p.proposedBy(),
                        local(p.proposedAt(), zone)),
                overview.refundDecision() == null ? null : DecisionView.of(overview.refundDecision(), zone),
                overview.advance() == null ? "NONE" : overview.advance().status(),
                overview.advance() == null ? null : overview.advance().kind(),
                c.version(),
                local(c.createdAt(), zone), local(c.updatedAt(), zone));
    }

    static OffsetDateTime local(Instant at, ZoneId zone) {
        return at.atZone(zone).toOffsetDateTime();
    }
}
