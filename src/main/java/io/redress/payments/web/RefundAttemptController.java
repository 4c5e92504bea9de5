package io.redress.payments.web;

import io.redress.payments.RefundAttempt;
import io.redress.payments.Refunds;
import io.redress.shared.ConflictingState;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** For operators: refund legs that need a person (parked or refused by the PSP), and resuming a parked one. */
@RestController
@RequestMapping("/api/v1/refund-attempts")
class RefundAttemptController {

    private final Refunds refunds;

    RefundAttemptController(Refunds refunds) {
        this.refunds = refunds;
    }

    @GetMapping("/attention")
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR', 'SENIOR_AGENT')")
    @Operation(summary = "Refund legs that need a person",
            description = "Roles: ADMIN, AUDITOR, SENIOR_AGENT. Legs parked after repeated unknown outcomes or "
            + "refused by the PSP.")
    @ApiResponse(responseCode = "200", description = "The legs")
    @ApiResponse(responseCode = "403", description = "The caller's role may not see refund attempts")
    List<RefundAttempt> needingAttention() {
        return refunds.needingAttention();
    }

    @PostMapping("/{externalKey}/resume")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Resume a parked refund leg",
            description = "Roles: ADMIN. The leg is checked with the PSP again and paid or failed from there.")
    @ApiResponse(responseCode = "202", description = "Resumed; the outcome follows asynchronously")
    @ApiResponse(responseCode = "403", description = "The caller is not an admin")
    @ApiResponse(responseCode = "409", description = "No parked refund attempt has this externalKey")
    ResponseEntity<Void> resume(@PathVariable String externalKey) {
        if (!refunds.resume(externalKey)) {
            throw new ConflictingState("refund attempt " + externalKey + " is not parked");
        }
        return ResponseEntity.accepted().build();
    }
}
