package io.redress.aftersale.internal;

import io.redress.aftersale.Actor;
import io.redress.aftersale.Case;
import io.redress.aftersale.CaseAction;
import io.redress.aftersale.CaseLifecycle;
import io.redress.aftersale.CaseRefunds;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.CaseTransitioned;
import io.redress.aftersale.Cases;
import io.redress.decisions.RefundDecided;
import io.redress.decisions.RefundDecision;
import io.redress.orders.OrderLocks;
import io.redress.orders.Orders;
import io.redress.orders.RefundSplit;
import io.redress.payments.RefundAttempt;
import io.redress.payments.RefundCompletion;
import io.redress.payments.RefundLeg;
import io.redress.payments.RefundLegFailed;
import io.redress.payments.RefundLegParked;
import io.redress.payments.RefundStatus;
import io.redress.payments.Refunds;
import io.redress.shared.ConflictingState;
import io.redress.shared.ResourceNotFound;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follows a case's payout. Entering REFUNDING decided the refund and requested its payout in the same transaction
 * ({@link CaseDecisions}); a decision that returns no money completes here at once. The refund's last paid leg settles
 * the reservation and makes the case REFUNDED in the transaction that records it; a parked or refused leg flags the
 * case for an operator. The listeners that run after their event's transaction are redelivered by the event
 * publication registry until they complete; each delivery re-reads the case and does nothing when it has moved on,
 * so repeated deliveries pay and settle once. Each try runs in its own transaction so that a concurrent change to
 * the case can be retried on the case as it is now. Like every path that writes a case and its order, each step
 * locks the order before it touches the case.
 */
@Component
public class CasePayouts {

    private static final int TRIES = 3;

    private final Cases cases;
    private final CaseRefunds caseRefunds;
    private final CaseLifecycle lifecycle;
    private final CaseReservations reservations;
    private final OrderLocks orderLocks;
    private final CaseAttention attention;
    private final Refunds refunds;
    private final Orders orders;
    private final CaseDecisions decisions;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CasePayouts(Cases cases, CaseRefunds caseRefunds, CaseLifecycle lifecycle, CaseReservations reservations,
            OrderLocks orderLocks, CaseAttention attention, Refunds refunds, Orders orders,
            CaseDecisions decisions, TransactionTemplate transaction, Clock clock) {
        this.cases = cases;
        this.caseRefunds = caseRefunds;
        this.lifecycle = lifecycle;
        this.reservations = reservations;
        this.orderLocks = orderLocks;
        this.attention = attention;
        this.refunds = refunds;
        this.orders = orders;
        this.decisions = decisions;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * A refund decided to return no money (every instrument at zero): no leg will complete the case, so it is
     * completed here. The decision is made once, in the transaction that moves the case into REFUNDING (the only way
     * out of REFUNDING is REFUNDED). The condition keeps every paying decision out of the event registry: before it,
     * this listened to every move into REFUNDING and read the decision only to find that it pays.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED,
            condition = "#p0.decision().paying().isEmpty()")
    void on(RefundDecided decided) {
        if (decided.decision().paying().isEmpty()) {
            paid(decided.decision().caseId());
        }
    }

    /**
     * The way to REFUNDED: in the transaction that records the refund's last paid leg, so the case moves with the leg
     * that completes it, with no queue, no registry row and no transaction of its own. The order is locked first and
     * the case read under it, as every path that writes a case and its order does. Should this fail, that transaction
     * fails with it, and payments records the leg again with the completion deferred (the listener below).
     */
    @EventListener(condition = "!#p0.deferred()")
    void completedWithTheLeg(RefundCompletion completion) {
        completeUnderTheOrdersLock(CaseRefunds.caseOf(completion.refundRef()), completion.orderId());
    }

    /**
     * A completion that failed in the transaction recording the leg, delivered by the registry after that commit
     * (again by {@link CasePayoutRedelivery} until it succeeds).
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED, condition = "#p0.deferred()")
    void on(RefundCompletion deferred) {
        paid(CaseRefunds.caseOf(deferred.refundRef()), deferred.orderId());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(RefundLegParked parked) {
        whileRefunding(CaseRefunds.caseOf(parked.refundRef()), c -> attention.raise(c, parked.externalKey(),
                "refund leg " + parked.externalKey() + " parked: " + parked.reason(), clock.instant()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(RefundLegFailed failed) {
        whileRefunding(CaseRefunds.caseOf(failed.refundRef()), c -> attention.raise(c, failed.externalKey(),
                "refund leg " + failed.externalKey() + " refused by the PSP: " + failed.reason(), clock.instant()));
    }

    /** Completes a case whose decision returns no money, if it is still REFUNDING; the rest payments pays. */
    void payOut(String caseId) {
        // a decision is written once: read without the order's lock, which only a refund paying nothing needs
        decisions.of(caseId).filter(d -> d.paying().isEmpty()).ifPresent(nothingToPay -> paid(caseId));
    }

    /**
     * Every leg of the case's refund succeeded: settles and makes the case REFUNDED, if it is still REFUNDING. The
     * case is read once, before its order's lock: the move to REFUNDED is saved under that lock and versioned, so a
     * case someone changed in between is refused ({@link Cases.StaleCase}) and the whole step tried again on the case
     * as it is then.
     */
    public void paid(String caseId) {
        retriedOnStaleCase(() -> cases.find(caseId).filter(c -> c.status() == CaseStatus.REFUNDING).ifPresent(seen -> {
            lockOrder(seen.orderId());
            complete(seen);
        }));
    }

    /**
     * The same for a refund whose order is known: the order locked first and the case read once under the lock, so
     * that a delivery waits for anyone moving the case and then finds it as they left it.
     */
    void paid(String caseId, String orderId) {
        retriedOnStaleCase(() -> completeUnderTheOrdersLock(caseId, orderId));
    }

    /** Locks the order, then completes the case if it is (still) REFUNDING for that order; in the caller's transaction. */
    private void completeUnderTheOrdersLock(String caseId, String orderId) {
        lockOrder(orderId);
        cases.find(caseId).filter(c -> c.status() == CaseStatus.REFUNDING && c.orderId().equals(orderId))
                .ifPresent(this::complete);
    }

    /**
     * Runs {@code step} on the case if it is (still) REFUNDING, read again under its order's lock: a step that does
     * not save the case has no versioned update to catch a change.
     */
    private void whileRefunding(String caseId, Consumer<Case> step) {
        retriedOnStaleCase(() -> cases.find(caseId).ifPresent(seen -> {
            lockOrder(seen.orderId());
            cases.find(caseId).filter(c -> c.status() == CaseStatus.REFUNDING).ifPresent(step);
        }));
    }

    /** Runs {@code work} in a transaction of its own; again when the case changed meanwhile, up to three times. */
    private void retriedOnStaleCase(Runnable work) {
        for (int tries = 1;; tries++) {
            try {
                transaction.executeWithoutResult(status -> work.run());
                return;
            } catch (Cases.StaleCase changedMeanwhile) {
                if (tries == TRIES) {
                    throw changedMeanwhile; // left incomplete in the registry, delivered again later
                }
            }
        }
    }

    /**
     * Order before case, as party actions and expiries take them; an unknown order has no row to lock. The lock goes
     * with the next statement, the case's read.
     */
    private void lockOrder(String orderId) {
        orderLocks.lockWithNextStatement(orderId);
    }

    /**
     * An operator pays out again what the PSP refused: when every leg not yet paid was refused (none still
     * pending or unknown), requests per instrument what the case's decision pays it minus what its legs already paid, under
     * the case's next refund reference. The case becomes REFUNDED when that refund completes. The PSP is asked
     * about every refused key first ({@link Refunds#confirmRefused}), so no leg it paid is paid again.
     */
    public List<RefundAttempt> retry(String caseId) {
        // Before anything is paid again: a leg recorded as refused that the PSP paid after all counts as paid.
        caseRefunds.all(caseId).stream().map(RefundAttempt::refundRef).distinct().forEach(refunds::confirmRefused);
        return transaction.execute(status -> {
            Case seen = cases.find(caseId).orElseThrow(() -> new ResourceNotFound("case", caseId));
            lockOrder(seen.orderId());
            Case c = cases.find(caseId).orElseThrow();
            if (c.status() != CaseStatus.REFUNDING) {
                throw new ConflictingState("case " + caseId + " is " + c.status() + ", not REFUNDING");
            }
            List<RefundAttempt> legs = caseRefunds.all(caseId);
            if (legs.stream().noneMatch(a -> a.status() == RefundStatus.FAILED)
                    || legs.stream().anyMatch(a -> a.status() != RefundStatus.SUCCEEDED && a.status() != RefundStatus.FAILED)) {
                throw new ConflictingState("case " + caseId + " has no refused refund leg, or one still in flight");
            }
            RefundDecision decision = decisions.of(caseId).orElseThrow(
                    () -> new ConflictingState("case " + caseId + " has no refund decision to pay out"));
            Map<String, Long> paid = legs.stream().filter(a -> a.status() == RefundStatus.SUCCEEDED)
                    .collect(Collectors.groupingBy(RefundAttempt::paymentId, Collectors.summingLong(RefundAttempt::amount)));
            List<RefundLeg> remaining = decision.instruments().stream()
                    .filter(i -> i.amount() > paid.getOrDefault(i.paymentId(), 0L))
                    .map(i -> new RefundLeg(i.paymentId(), i.pspReference(),
                            i.amount() - paid.getOrDefault(i.paymentId(), 0L)))
                    .toList();
            if (remaining.isEmpty()) {
                throw new ConflictingState("case " + caseId + " has nothing left to pay out");
            }
            int round = (int) legs.stream().map(RefundAttempt::refundRef).distinct().count() + 1;
            return refunds.request(CaseRefunds.reference(caseId, round), c.orderId(), decision.currency(), remaining);
        });
    }

    /** Every instrument was paid: reserved becomes refunded and the case REFUNDED, in one transaction. */
    private void complete(Case c) {
        RefundSplit held = reservations.held(c.caseId());
        long paid = CaseReservations.total(held);
        lifecycle.act(c, Actor.SYSTEM, CaseAction.PAYOUTS_SUCCEEDED,
                refunded -> refunded.withRefundedAmount(refunded.refundedAmount() + paid), null);
        reservations.settle(c.caseId(), c.orderId(), held);
        attention.resolve(c.caseId(), clock.instant());
    }
}
