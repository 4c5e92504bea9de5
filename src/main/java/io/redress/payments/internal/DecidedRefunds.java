package io.redress.payments.internal;

import io.redress.decisions.RefundDecided;
import io.redress.decisions.RefundDecision;
import io.redress.payments.RefundLeg;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Requests the payout of a decided refund inside the deciding transaction, so that the decision and its payout
 * request commit together or not at all: one leg per instrument that returns money, exactly as decided, under the
 * decision's refund reference, which is new with the decision, so the request is inserted without looking for one
 * ({@link RefundRequests#requestDecided}). A decision that returns no money requests nothing.
 */
@Component
class DecidedRefunds {

    private final RefundRequests refunds;

    DecidedRefunds(RefundRequests refunds) {
        this.refunds = refunds;
    }

    @EventListener
    void on(RefundDecided decided) {
        RefundDecision decision = decided.decision();
        List<RefundLeg> legs = decision.paying().stream()
                .map(i -> new RefundLeg(i.paymentId(), i.pspReference(), i.amount())).toList();
        if (!legs.isEmpty()) {
            refunds.requestDecided(decision.refundRef(), decision.orderId(), decision.currency(), legs);
        }
    }
}
