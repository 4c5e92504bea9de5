package io.redress.aftersale.internal;

import io.redress.aftersale.Actor;
import io.redress.aftersale.Case;
import io.redress.aftersale.CaseAction;
import io.redress.aftersale.CaseLifecycle;
import io.redress.aftersale.CaseType;
import io.redress.aftersale.Cases;
import io.redress.aftersale.DeadlineRule;
import io.redress.deadlines.DeadlineExpired;
import io.redress.orders.OrderLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies an expired deadline's action as SYSTEM. The event publication registry redelivers until this
 * completes; a delivery that no longer fits the case (it changed after the due time, which includes this
 * expiry having been applied already, or it runs another timer) is dropped, so the action takes effect once.
 * Like a party action it takes the order's lock before it writes the case: closing releases money on the order,
 * and taking the two locks in the other order would deadlock against a party acting on the case at that moment.
 */
@Component
class DeadlineExpiries {

    private static final Logger log = LoggerFactory.getLogger(DeadlineExpiries.class);

    private final Cases cases;
    private final CaseLifecycle lifecycle;
    private final OrderLocks orderLocks;
    private final ReturnAddresses addresses;

    DeadlineExpiries(Cases cases, CaseLifecycle lifecycle, OrderLocks orderLocks, ReturnAddresses addresses) {
        this.cases = cases;
        this.lifecycle = lifecycle;
        this.orderLocks = orderLocks;
        this.addresses = addresses;
    }

    /**
     * Only a case's own deadline (its subject the bare case id, "C-…") is stored for this listener: the condition is
     * checked before the event registry stores a publication, so the expiries of disputes ("C-…#timer"), advances,
     * complaints and post-refund requests ("advance:…", …) cost this module nothing.
     */
    @ApplicationModuleListener(condition = "#p0.caseId().startsWith('C-') and !#p0.caseId().contains('#')")
    void on(DeadlineExpired expired) {
        apply(expired);
    }

    /** Applies the expiry if it still fits the case as it is once the order is locked. */
    @Transactional
    void apply(DeadlineExpired expired) {
        Case unlocked = cases.find(expired.caseId()).orElse(null);
        if (unlocked == null) {
            return; // a deadline of something that is not a case
        }
        orderLocks.lock(unlocked.orderId());
        Case current = cases.find(expired.caseId()).orElseThrow();
        DeadlineRule running = current.deadline().orElse(null);
        boolean changedSinceDue = current.updatedAt().isAfter(expired.dueAt());
        if (changedSinceDue || running == null || !running.timer().name().equals(expired.timerId())
                || !running.onExpiry().name().equals(expired.onExpiry())) {
            log.info("deadline {} of case {} expired after the case moved on; nothing to do", expired.timerId(),
                    expired.caseId());
            return;
        }
        CaseAction action = CaseAction.valueOf(expired.onExpiry());
        lifecycle.act(current.caseId(), Actor.SYSTEM, action, current.version(), c -> agreedToReturn(action, c)
                ? c.withReturnAddress(addresses.systemAddress(c.shopId()).orElse(null)) : c);
    }

    /** A silent seller agrees to a return or exchange: the goods go to the system address. */
    private static boolean agreedToReturn(CaseAction action, Case c) {
        return action == CaseAction.AUTO_AGREE && c.type() != CaseType.REFUND_ONLY;
    }
}
