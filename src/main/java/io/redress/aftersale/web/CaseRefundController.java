package io.redress.aftersale.web;

import io.redress.aftersale.CaseRefunds;
import io.redress.identity.Caller;
import io.redress.payments.RefundAttempt;
import io.redress.payments.RefundStatus;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The money of a case: each instrument's refund, as API.md "Money" shows it. */
@RestController
class CaseRefundController {

    private final CaseRefunds refunds;
    private final ZoneId zone;

    CaseRefundController(CaseRefunds refunds, @Value("${redress.zone:Asia/Shanghai}") ZoneId zone) {
        this.refunds = refunds;
        this.zone = zone;
    }

    /**
     * One refund leg. {@code refundId} is the PSP's id once it answered; a leg not yet sent shows as PENDING;
     * {@code parked} and {@code reason} say why an operator must look at it.
     */
    record RefundView(String refundId, String paymentId, long amount, String currency, String status,
            String externalKey, int attempts, boolean parked, String reason, OffsetDateTime updatedAt) {

        static RefundView of(RefundAttempt a, ZoneId zone) {
            String status = a.status() == RefundStatus.REQUESTED ? RefundStatus.PENDING.name() : a.status().name();
            return new RefundView(a.pspRefundId(), a.paymentId(), a.amount(), a.currency().getCurrencyCode(), status,
                    a.externalKey(), a.attempts(), a.parked(), a.parked() ? a.parkReason() : a.lastError(),
                    CaseView.local(a.updatedAt(), zone));
        }
    }

    @GetMapping("/api/v1/cases/{caseId}/refunds")
    @PreAuthorize("isAuthenticated()")
    List<RefundView> refunds(@PathVariable String caseId) {
        return refunds.of(Caller.current(), caseId).stream().map(a -> RefundView.of(a, zone)).toList();
    }
}
