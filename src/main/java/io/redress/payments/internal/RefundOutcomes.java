package io.redress.payments.internal;

import io.redress.payments.GatewayResult;
import io.redress.payments.RefundAttempt;
import io.redress.payments.RefundCompleted;
import io.redress.payments.RefundCompletion;
import io.redress.payments.RefundLegFailed;
import io.redress.payments.RefundLegParked;
import io.redress.payments.RefundLegRecorded;
import io.redress.payments.RefundLegSucceeded;
import io.redress.payments.RefundStatus;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(RefundOutcomes.class);

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
            case SUCCEEDED -> paid(attempt, () -> rows.finishPaid(attempt.externalKey(), result.pspRefundId(), now), now);
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
        paid(attempt, () -> rows.correctRefusedToPaid(attempt.externalKey(), result.pspRefundId(), now), now);
    }

    /**
     * Records a paid leg ({@code record}: false when it was recorded before) with what follows from it, in one
     * transaction: first with the leg's posting and the refund's completion acted on in it ({@link RefundLegRecorded},
     * {@link RefundCompletion}); when that transaction fails, again with both deferred to the registry, so that the
     * PSP's answer is recorded whatever the books or the case meet. Inside a transaction someone else opened,
     * deferred at once: a failure there would be theirs.
     */
    private void paid(RefundAttempt attempt, BooleanSupplier record, Instant now) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            try {
                transaction.executeWithoutResult(status -> paid(attempt, record, now, false));
                return;
            } catch (RuntimeException failed) {
                log.warn("recording paid refund leg {} with its posting and its refund's completion failed ({});"
                        + " recorded again with them deferred", attempt.externalKey(), failed.toString());
            }
        }
        transaction.executeWithoutResult(status -> paid(attempt, record, now, true));
    }

    /** Publishes the paid leg, the refund's completion if it was the last leg to be paid, and the leg for the books. */
    private void paid(RefundAttempt attempt, BooleanSupplier record, Instant now, boolean deferred) {
        if (!record.getAsBoolean()) {
            return;
        }
        RefundLegSucceeded leg = new RefundLegSucceeded(attempt.refundRef(), attempt.orderId(),
                attempt.externalKey(), attempt.paymentId(), attempt.currency(), attempt.amount());
        events.publishEvent(leg);
        if (rows.completeIfAllSucceeded(attempt.refundRef(), now)) {
            events.publishEvent(new RefundCompleted(attempt.refundRef(), attempt.orderId()));
            events.publishEvent(new RefundCompletion(attempt.refundRef(), attempt.orderId(), deferred));
        }
        // after the completion, which locks the order: the order's lock before the books', as when a refund is decided
        events.publishEvent(new RefundLegRecorded(leg, deferred));
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
