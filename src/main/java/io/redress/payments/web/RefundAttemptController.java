package io.redress.payments.web;

import io.redress.payments.RefundAttempt;
import io.redress.payments.Refunds;
import io.redress.shared.ConflictingState;
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
    List<RefundAttempt> needingAttention() {
        return refunds.needingAttention();
    }

    @PostMapping("/{externalKey}/resume")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> resume(@PathVariable String externalKey) {
        if (!refunds.resume(externalKey)) {
            throw new ConflictingState("refund attempt " + externalKey + " is not parked");
        }
        return ResponseEntity.accepted().build();
    }
}
