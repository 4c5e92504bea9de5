package io.redress.payments.internal;

import io.redress.decisions.RefundDecided;
import io.redress.decisions.RefundDecision;
import io.redress.payments.RefundLeg;
import io.redress.payments.Refunds;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Requests the payout of a decided refund inside the deciding transaction, so that the decision and its payout
 * request commit together or not at all: one leg per instrument that returns money, exactly as decided, under the
 * decision's refund reference. A decision that returns no money requests nothing.
 */
@Component
class DecidedRefunds {

    private final Refunds refunds;

    DecidedRefunds(Refunds refunds) {
        this.refunds = refunds;
    }

    @EventListener
    void on(RefundDecided decided) {
        RefundDecision decision = decided.decision();
        List<RefundLeg> legs = decision.paying().stream()
                .map(i -> new RefundLeg(i.paymentId(), i.pspReference(), i.amount())).toList();
        if (!legs.isEmpty()) {
            refunds.request(decision.refundRef(), decision.orderId(), decision.currency(), legs);
        }
    }
}
