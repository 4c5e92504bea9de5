package io.redress.payments.internal;

import io.redress.payments.GatewayResult;
import io.redress.payments.PaymentGateway;
import io.redress.payments.RefundAttempt;
import io.redress.payments.RefundStatus;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Before a refused leg is paid again under a new key, asks the PSP about the refused key itself: a leg the
 * PSP paid after all (or one recorded as refused on a wrong report) is recorded as paid instead.
 */
@Component
class RefusedLegs {

    private final RefundAttemptRows rows;
    private final RefundOutcomes outcomes;
    private final PaymentGateway gateway;
    private final PaymentsClock clock;

    RefusedLegs(RefundAttemptRows rows, RefundOutcomes outcomes, PaymentGateway gateway, PaymentsClock clock) {
        this.rows = rows;
        this.outcomes = outcomes;
        this.gateway = gateway;
        this.clock = clock;
    }

    /** Throws {@link io.redress.payments.GatewayUnavailable} when the PSP cannot say; then nothing may be paid again. */
    List<RefundAttempt> confirm(String refundRef) {
        for (RefundAttempt attempt : rows.ofRefund(refundRef)) {
            if (attempt.status() == RefundStatus.FAILED) {
                gateway.query(attempt.externalKey())
                        .filter(result -> result.status() == GatewayResult.Status.SUCCEEDED)
                        .ifPresent(paid -> outcomes.paidAfterAll(attempt, paid, clock.now()));
            }
        }
        return rows.ofRefund(refundRef);
    }
}
