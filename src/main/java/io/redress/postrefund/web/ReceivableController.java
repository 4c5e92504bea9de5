package io.redress.postrefund.web;

import io.redress.identity.Caller;
import io.redress.postrefund.Receivable;
import io.redress.postrefund.Receivables;
import io.redress.shared.InvalidRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Receivables against buyers after upheld seller appeals. */
@RestController
@RequestMapping("/api/v1/receivables")
class ReceivableController {

    record ReceivableActionBody(@NotNull @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version,
            @Schema(description = "pay: minor units, 1 to what is owed; default all of it") Long amount,
            @Size(max = 200) @Schema(description = "pay: the PSP's reference of the buyer's payment") String paymentRef,
            @Size(max = 2000) @Schema(description = "write-off: why") String reason) {
    }

    record ReceivableView(String receivableId, String requestId, String caseId, String orderId, String buyerId,
            String shopId, String currency, long amount, long paid, long offset, long writtenOff, long outstanding,
            Receivable.Status status, Instant offsetConsentAt, String writeOffReason, String writtenOffBy,
            long version, Instant openedAt, Instant updatedAt, List<String> allowedActions) {

        static ReceivableView of(Receivable r, Caller caller) {
            return new ReceivableView(r.receivableId(), r.requestId(), r.caseId(), r.orderId(), r.buyerId(),
                    r.shopId(), r.currency(), r.amount(), r.paid(), r.offset(), r.writtenOff(), r.outstanding(),
                    r.status(), r.offsetConsentAt(), r.writeOffReason(), r.writtenOffBy(), r.version(), r.openedAt(),
                    r.updatedAt(), Receivables.allowedActions(caller, r));
        }
    }

    private final Receivables receivables;

    ReceivableController(Receivables receivables) {
        this.receivables = receivables;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER', 'AGENT', 'SENIOR_AGENT', 'AUDITOR', 'ADMIN', 'MARKETPLACE')")
    @Operation(summary = "Receivables the caller may see", description = "Roles: BUYER (its own), SELLER (its shop's), "
            + "AGENT, SENIOR_AGENT, AUDITOR, ADMIN, MARKETPLACE (any). party narrows to buyer:<buyerId> or "
            + "shop:<shopId>; a party naming another gets none.")
    @ApiResponse(responseCode = "200", description = "Newest first")
    @ApiResponse(responseCode = "400", description = "party is not buyer:<id> or shop:<id>")
    List<ReceivableView> list(@Parameter(description = "buyer:<buyerId> or shop:<shopId>")
            @RequestParam(required = false) String party) {
        Caller caller = Caller.current();
        return receivables.visibleTo(caller, party).stream().map(r -> ReceivableView.of(r, caller)).toList();
    }

    @PostMapping("/{receivableId}/{action}")
    @PreAuthorize("hasAnyRole('BUYER', 'AGENT', 'SENIOR_AGENT')")
    @Operation(summary = "Pay, consent to offset, or write off a receivable", description = "Roles: BUYER (pay its "
            + "own with the PSP's paymentRef; consent-offset: later refunds to it first settle what it owes), AGENT and "
            + "SENIOR_AGENT (pay: record a payment received), SENIOR_AGENT (write-off with a reason). version is the "
            + "receivable's. Each books its ledger entry; none reverses a refund. Send an Idempotency-Key to retry "
            + "safely.")
    @ApiResponse(responseCode = "200", description = "The receivable after the action")
    @ApiResponse(responseCode = "400", description = "version, paymentRef or reason missing")
    @ApiResponse(responseCode = "403", description = "A role that never acts on receivables")
    @ApiResponse(responseCode = "404", description = "No such receivable or action, or not the caller's")
    @ApiResponse(responseCode = "409", description = "Stale version or an action not allowed now; lists allowedActions")
    @ApiResponse(responseCode = "422", description = "amount out of range, or a payment recorded already")
    ReceivableView act(@PathVariable String receivableId, @PathVariable String action,
            @Valid @RequestBody ReceivableActionBody body) {
        if (body.version() == null) {
            throw new InvalidRequest("version", "is required");
        }
        Caller caller = Caller.current();
        return ReceivableView.of(receivables.act(caller, receivableId, action, new Receivables.Command(body.version(),
                body.amount(), body.paymentRef(), body.reason())), caller);
    }
}
