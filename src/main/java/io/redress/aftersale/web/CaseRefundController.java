package io.redress.aftersale.web;

import io.redress.aftersale.CaseRefunds;
import io.redress.aftersale.internal.CasePayouts;
import io.redress.identity.Caller;
import io.redress.payments.GatewayUnavailable;
import io.redress.payments.RefundAttempt;
import io.redress.payments.RefundStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The money of a case: each instrument's refund, as docs/money.md shows it. */
@RestController
class CaseRefundController {

    private final CaseRefunds refunds;
    private final CasePayouts payouts;
    private final ZoneId zone;

    CaseRefundController(CaseRefunds refunds, CasePayouts payouts, @Value("${redress.zone:Asia/Shanghai}") ZoneId zone) {
        this.refunds = refunds;
        this.payouts = payouts;
        this.zone = zone;
    }

    /**
     * One refund leg. {@code refundId} is the PSP's id once it answered; a leg not yet sent shows as PENDING;
     * {@code parked} and {@code reason} say why an operator must look at it.
     */
    record RefundView(@Schema(description = "the PSP's refund id; null until the PSP answered") String refundId,
            String paymentId, long amount, @Schema(description = "ISO 4217 code", example = "CNY") String currency,
            @Schema(allowableValues = {"PENDING", "UNKNOWN", "SUCCEEDED", "FAILED"}) String status,
            String externalKey, int attempts, boolean parked,
            @Schema(description = "why it is parked, or the last error") String reason, OffsetDateTime updatedAt) {

        static RefundView of(RefundAttempt a, ZoneId zone) {
            String status = a.status() == RefundStatus.REQUESTED ? RefundStatus.PENDING.name() : a.status().name();
            return new RefundView(a.pspRefundId(), a.paymentId(), a.amount(), a.currency().getCurrencyCode(), status,
                    a.externalKey(), a.attempts(), a.parked(), a.parked() ? a.parkReason() : a.lastError(),
                    CaseView.local(a.updatedAt(), zone));
        }
    }

    @GetMapping("/api/v1/cases/{caseId}/refunds")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A case's refund transactions",
            description = "Roles: any who may see the case. One refund per payment instrument the case pays back.")
    @ApiResponse(responseCode = "200", description = "The refunds; empty until the case refunds")
    @ApiResponse(responseCode = "404", description = "No such case, or the caller may not see it")
    List<RefundView> refunds(@PathVariable String caseId) {
        return refunds.of(Caller.current(), caseId).stream().map(a -> RefundView.of(a, zone)).toList();
    }

    @PostMapping("/api/v1/cases/{caseId}/refunds/retry")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Retry a case's refused refunds",
            description = "Roles: ADMIN. Only when every leg not yet paid was refused by the PSP (none PENDING or"
                    + " UNKNOWN): requests per instrument what is still unpaid under the case's next refund reference"
                    + " (caseId-r2, -r3, ...); the case becomes REFUNDED when those legs succeed. The PSP is first"
                    + " asked about each refused key: a leg it paid after all is recorded as paid, not paid again.")
    @ApiResponse(responseCode = "202", description = "The new refund legs; the outcome follows asynchronously")
    @ApiResponse(responseCode = "403", description = "The caller is not an admin")
    @ApiResponse(responseCode = "404", description = "No such case")
    @ApiResponse(responseCode = "409", description = "The case is not REFUNDING, has no refused leg, or a leg is still in flight")
    @ApiResponse(responseCode = "503", description = "The PSP could not confirm the refused legs; nothing was paid")
    List<RefundView> retry(@PathVariable String caseId) {
        try {
            return payouts.retry(caseId).stream().map(a -> RefundView.of(a, zone)).toList();
        } catch (GatewayUnavailable e) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "the PSP could not confirm the refused legs: " + e.getMessage());
        }
    }
}
