package io.redress.postrefund.web;

import io.redress.identity.Caller;
import io.redress.postrefund.NotAcceptedReason;
import io.redress.postrefund.PostRefundRequest;
import io.redress.postrefund.PostRefundRequest.Grounds;
import io.redress.postrefund.PostRefundRequest.Kind;
import io.redress.postrefund.PostRefundRequest.Outcome;
import io.redress.postrefund.PostRefundRequest.Status;
import io.redress.postrefund.PostRefundRequests;
import io.redress.postrefund.RefundSource;
import io.redress.shared.InvalidRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Requests after a refund: the buyer's reinstatement, the seller's appeal, and their actions. */
@RestController
class PostRefundController {

    record PostRefundFiling(@NotNull Kind kind, Grounds grounds, @NotBlank @Size(max = 2000) String message,
            @Size(max = 10) List<@NotBlank @Size(max = 100) String> evidenceIds,
            @Size(max = 200) @Schema(description = "REINSTATEMENT: where the new order ships; default order:<orderId>,"
                    + " the original order's address") String addressRef) {
    }

    record PostRefundActionBody(@NotNull @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version,
            @Size(max = 2000) String reasons,
            @Schema(description = "review: UPHELD or REJECTED") Status decision,
            @Schema(description = "review, REJECTED: why (a §8.3 code or NOT_SUPPORTED_BY_EVIDENCE)")
            NotAcceptedReason reasonCode,
            @Schema(description = "review, UPHELD: PLATFORM_COMPENSATION (only for a refund the platform decided)"
                    + " or BUYER_RECEIVABLE") Outcome outcome,
            @Schema(description = "review, UPHELD: minor units, 1 to what was refunded; default all of it")
            Long amount,
            @Schema(description = "review, UPHELD: the buyer acted in bad faith (recorded as a fault finding)")
            Boolean badFaith,
            @Size(max = 2000) @Schema(description = "review, UPHELD with badFaith: what the buyer did") String finding) {
    }

    record PostRefundDecisionView(String decidedBy, Instant decidedAt, String reasons, NotAcceptedReason reasonCode,
            Outcome outcome, Long amount, boolean badFaith, String finding, String receivableId) {
    }

    record PostRefundRequestView(String requestId, String caseId, String orderId, String buyerId, String shopId, Kind kind,
            Status status, Grounds grounds, String message, List<String> evidenceIds, RefundSource refundSource,
            long refundedAmount, String currency, String addressRef, String requestedBy, Instant requestedAt,
            Instant dueAt, boolean overdue, PostRefundDecisionView decision, long version, Instant updatedAt,
            List<String> allowedActions) {

        static PostRefundRequestView of(PostRefundRequest r, List<String> allowed) {
            PostRefundRequest.Decision d = r.decision();
            return new PostRefundRequestView(r.requestId(), r.caseId(), r.orderId(), r.buyerId(), r.shopId(), r.kind(),
                    r.status(), r.grounds(), r.message(), r.evidenceIds(), r.refundSource(), r.refundedAmount(),
                    r.currency(), r.addressRef(), r.requestedBy(), r.requestedAt(), r.dueAt(), r.overdue(),
                    d == null ? null : new PostRefundDecisionView(d.decidedBy(), d.decidedAt(), d.reasons(), d.reasonCode(),
                            d.outcome(), d.amount(), d.badFaith(), d.finding(), d.receivableId()),
                    r.version(), r.updatedAt(), allowed);
        }
    }

    private final PostRefundRequests requests;

    PostRefundController(PostRefundRequests requests) {
        this.requests = requests;
    }

    @PostMapping("/api/v1/cases/{caseId}/post-refund-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER')")
    @Operation(summary = "Ask for something after a refund", description = "Roles: BUYER (kind REINSTATEMENT: the "
            + "goods again at the original line prices, if the seller consents), SELLER (kind SELLER_APPEAL with "
            + "grounds EMPTY_PARCEL, SWAPPED_ITEM, FAKE_TRACKING, GOODS_NOT_RETURNED or OTHER and at least one evidence "
            + "id the shop uploaded on the case, within T_SELLER_APPEAL (7 days) of the refund, only for a refund the "
            + "seller did not agree to). On a REFUNDED case or one closed by a ruling. docs/after-refund.md")
    @ApiResponse(responseCode = "201", description = "The request, AWAITING_SELLER or AWAITING_REVIEW, with its dueAt")
    @ApiResponse(responseCode = "400", description = "A field is missing or invalid (named)")
    @ApiResponse(responseCode = "403", description = "The caller is neither buyer nor seller")
    @ApiResponse(responseCode = "404", description = "No such case, or not the caller's")
    @ApiResponse(responseCode = "409", description = "The case is not REFUNDED (nor closed by a ruling)")
    @ApiResponse(responseCode = "422", description = "code NOT_ACCEPTED with reasonCode (a DOMAIN §8.3 ground, named in "
            + "section, or NOTHING_REFUNDED, ALREADY_REQUESTED, ALREADY_APPEALED), detail in the Accept-Language; or "
            + "evidence that is not the caller's on this case")
    PostRefundRequestView file(@PathVariable String caseId, @Valid @RequestBody PostRefundFiling body) {
        Caller caller = Caller.current();
        PostRefundRequest filed = requests.file(caller, caseId, new PostRefundRequests.Filing(body.kind(),
                body.grounds(), body.message(), body.evidenceIds(), body.addressRef()));
        return PostRefundRequestView.of(filed, requests.allowedActions(caller, filed));
    }

    @GetMapping("/api/v1/cases/{caseId}/post-refund-requests")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER', 'AGENT', 'SENIOR_AGENT', 'AUDITOR', 'ADMIN', 'MARKETPLACE')")
    @Operation(summary = "A case's requests after its refund", description = "Roles: the case's buyer and shop staff, "
            + "AGENT, SENIOR_AGENT, AUDITOR, ADMIN, MARKETPLACE. Oldest first, each with what the caller may do.")
    @ApiResponse(responseCode = "200", description = "The requests")
    @ApiResponse(responseCode = "404", description = "No such case, or not the caller's")
    List<PostRefundRequestView> ofCase(@PathVariable String caseId) {
        Caller caller = Caller.current();
        return requests.ofCase(caller, caseId).stream()
                .map(r -> PostRefundRequestView.of(r, requests.allowedActions(caller, r))).toList();
    }

    @GetMapping("/api/v1/post-refund-requests")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER', 'AGENT', 'SENIOR_AGENT', 'AUDITOR', 'ADMIN', 'MARKETPLACE')")
    @Operation(summary = "Requests after refunds the caller may see", description = "Roles: BUYER, SELLER (those of "
            + "their cases, newest first); AGENT, SENIOR_AGENT, AUDITOR, ADMIN, MARKETPLACE (the appeals awaiting "
            + "review, oldest due first: the senior agents' queue).")
    @ApiResponse(responseCode = "200", description = "The requests")
    List<PostRefundRequestView> list() {
        Caller caller = Caller.current();
        return requests.visibleTo(caller).stream().map(r -> PostRefundRequestView.of(r, requests.allowedActions(caller, r)))
                .toList();
    }

    @GetMapping("/api/v1/post-refund-requests/{requestId}")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER', 'AGENT', 'SENIOR_AGENT', 'AUDITOR', 'ADMIN', 'MARKETPLACE')")
    @Operation(summary = "One request after a refund", description = "Roles: as for the case's requests.")
    @ApiResponse(responseCode = "200", description = "The request")
    @ApiResponse(responseCode = "404", description = "No such request, or not the caller's")
    PostRefundRequestView find(@PathVariable String requestId) {
        Caller caller = Caller.current();
        PostRefundRequest r = requests.find(caller, requestId);
        return PostRefundRequestView.of(r, requests.allowedActions(caller, r));
    }

    @PostMapping("/api/v1/post-refund-requests/{requestId}/{action}")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER', 'SENIOR_AGENT')")
    @Operation(summary = "Act on a request after a refund", description = "Roles: SELLER (accept or decline a "
            + "reinstatement, decline with reasons; withdraw its appeal), BUYER (withdraw its reinstatement request), "
            + "SENIOR_AGENT (review an appeal: decision UPHELD with outcome, amount, badFaith and finding, or REJECTED "
            + "with reasonCode; always reasons; never the agent who ruled the case or reviewed its ruling's appeal). "
            + "version is the request's. Send an Idempotency-Key to retry safely.")
    @ApiResponse(responseCode = "200", description = "The request after the action")
    @ApiResponse(responseCode = "400", description = "version, reasons, decision, outcome or finding missing or invalid")
    @ApiResponse(responseCode = "403", description = "A role that never acts on requests")
    @ApiResponse(responseCode = "404", description = "No such request or action, or not the caller's")
    @ApiResponse(responseCode = "409", description = "Stale version, or an action not allowed now (four eyes "
            + "included); lists allowedActions")
    @ApiResponse(responseCode = "422", description = "amount out of range; PLATFORM_COMPENSATION for a refund the "
            + "platform did not decide; an outcome on a rejection")
    PostRefundRequestView act(@PathVariable String requestId, @PathVariable String action, @Valid @RequestBody PostRefundActionBody body) {
        if (body.version() == null) {
            throw new InvalidRequest("version", "is required");
        }
        Caller caller = Caller.current();
        PostRefundRequest changed = requests.act(caller, requestId, action, new PostRefundRequests.Command(
                body.version(), body.reasons(), body.decision(), body.reasonCode(), body.outcome(), body.amount(),
                Boolean.TRUE.equals(body.badFaith()), body.finding()));
        return PostRefundRequestView.of(changed, requests.allowedActions(caller, changed));
    }
}
