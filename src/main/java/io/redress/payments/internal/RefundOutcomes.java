package io.redress.payments.internal;

import io.redress.payments.GatewayResult;
import io.redress.payments.RefundAttempt;
import io.redress.payments.RefundCompleted;
import io.redress.payments.RefundCompletionCommitted;
import io.redress.payments.RefundLegFailed;
import io.redress.payments.RefundLegParked;
import io.redress.payments.RefundLegSucceeded;
import io.redress.payments.RefundStatus;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records what the PSP said about an attempt, from a refund answer, a query or a callback alike. Final
 * statuses never change, so a repeated answer or a duplicate callback changes nothing and publishes nothing.
 */
@Component
class RefundOutcomes {

    private final RefundAttemptRows rows;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final PspProperties properties;

    RefundOutcomes(RefundAttemptRows rows, ApplicationEventPublisher events, TransactionTemplate transaction,
            PspProperties properties) {
        this.rows = rows;
        this.events = events;
        this.transaction = transaction;
        this.properties = properties;
    }

    void apply(RefundAttempt attempt, GatewayResult result, Instant now) {
        switch (result.status()) {
            case SUCCEEDED -> committed(attempt, transaction.execute(status ->
                    rows.finish(attempt.externalKey(), RefundStatus.SUCCEEDED, result.pspRefundId(), null, now)
                            && succeeded(attempt, now)));
            case FAILED -> transaction.executeWithoutResult(status -> {
                String reason = result.message() == null ? "refused by the PSP" : result.message();
                if (rows.finish(attempt.externalKey(), RefundStatus.FAILED, result.pspRefundId(), reason, now)) {
                    events.publishEvent(new RefundLegFailed(attempt.refundRef(), attempt.orderId(), attempt.externalKey(), reason));
                }
            });
            case PENDING -> rows.markPending(attempt.externalKey(), result.pspRefundId(),
                    now.plus(properties.pendingBackoff().get(0)), now);
        }
    }

    /**
     * The PSP's query says a leg recorded as refused was paid: the one change of a final status, since the
     * PSP's books are the truth and paying the leg again would pay it twice.
     */
    void paidAfterAll(RefundAttempt attempt, GatewayResult result, Instant now) {
        committed(attempt, transaction.execute(status ->
                rows.correctRefusedToPaid(attempt.externalKey(), result.pspRefundId(), now) && succeeded(attempt, now)));
    }

    /** Publishes the paid leg, and the refund's completion if it was the last leg to be paid; true then. */
    private boolean succeeded(RefundAttempt attempt, Instant now) {
        events.publishEvent(new RefundLegSucceeded(attempt.refundRef(), attempt.orderId(),
                attempt.externalKey(), attempt.paymentId(), attempt.currency(), attempt.amount()));
        if (rows.completeIfAllSucceeded(attempt.refundRef(), now)) {
            events.publishEvent(new RefundCompleted(attempt.refundRef(), attempt.orderId()));
            return true;
        }
        return false;
    }

    /**
     * After the transaction that completed the refund has committed: {@link RefundCompletionCommitted}, unless a
     * caller's transaction is still open around it (then only {@link RefundCompleted}'s registry delivery follows).
     */
    private void committed(RefundAttempt attempt, Boolean completed) {
        if (Boolean.TRUE.equals(completed) && !TransactionSynchronizationManager.isActualTransactionActive()) {
            events.publishEvent(new RefundCompletionCommitted(attempt.refundRef(), attempt.orderId()));
        }
    }

    void unknown(RefundAttempt attempt, String error, Instant now) {
        rows.recordError(attempt.externalKey(), error, now);
    }

    void park(RefundAttempt attempt, String reason, Instant now) {
        transaction.executeWithoutResult(status -> {
            if (rows.park(attempt.externalKey(), reason, now)) {
                events.publishEvent(new RefundLegParked(attempt.refundRef(), attempt.orderId(), attempt.externalKey(), reason));
            }
        });
    }
}
