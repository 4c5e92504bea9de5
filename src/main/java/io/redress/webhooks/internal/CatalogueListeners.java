package io.redress.webhooks.internal;

import io.redress.aftersale.CaseOpened;
import io.redress.aftersale.CaseRefunds;
import io.redress.aftersale.CaseTransitioned;
import io.redress.payments.RefundCompleted;
import io.redress.payments.RefundLegFailed;
import io.redress.payments.RefundLegParked;
import io.redress.payments.RefundLegSucceeded;
import io.redress.webhooks.WebhookEventType;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns domain events into events of the webhook catalogue. Each method runs synchronously in the transaction
 * that published the domain event, so the outbox row commits or rolls back with the fact. To add a type: a
 * constant in {@link WebhookEventType}, a method here, a section in docs/webhooks.md.
 */
@Component
class CatalogueListeners {

    private final WebhookOutbox outbox;
    private final Clock clock;

    CatalogueListeners(WebhookOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    void on(CaseOpened opened) {
        outbox.record(WebhookEventType.CASE_CREATED, opened.caseId(), opened.at(), data(
                "caseId", opened.caseId(), "orderId", opened.orderId(), "buyerId", opened.buyerId(),
                "shopId", opened.shopId(), "type", opened.type().name(), "reason", opened.reason().name(),
                "status", opened.status().name(), "requestedAmount", opened.requestedAmount(),
                "currency", opened.currency(), "version", opened.version()));
    }

    @EventListener
    void on(CaseTransitioned moved) {
        outbox.record(WebhookEventType.CASE_TRANSITIONED, moved.caseId(), moved.at(), data(
                "caseId", moved.caseId(), "orderId", moved.orderId(), "action", moved.action().name(),
                "actor", moved.actor().name(), "from", moved.from().name(), "to", moved.to().name(),
                "intervention", moved.intervention() == null ? null : moved.intervention().name(),
                "closeReason", moved.closeReason() == null ? null : moved.closeReason().name(),
                "version", moved.version()));
    }

    @EventListener
    void on(RefundCompleted completed) {
        String caseId = CaseRefunds.caseOf(completed.refundRef());
        outbox.record(WebhookEventType.REFUND_SUCCEEDED, caseId, clock.instant(), data(
                "caseId", caseId, "orderId", completed.orderId(), "refundRef", completed.refundRef()));
    }

    @EventListener
    void on(RefundLegSucceeded leg) {
        String caseId = CaseRefunds.caseOf(leg.refundRef());
        outbox.record(WebhookEventType.REFUND_LEG_SUCCEEDED, caseId, clock.instant(), data(
                "caseId", caseId, "orderId", leg.orderId(), "refundRef", leg.refundRef(), "externalKey", leg.externalKey(),
                "paymentId", leg.paymentId(), "amount", leg.amount(), "currency", leg.currency().getCurrencyCode()));
    }

    @EventListener
    void on(RefundLegFailed failed) {
        String caseId = CaseRefunds.caseOf(failed.refundRef());
        outbox.record(WebhookEventType.REFUND_FAILED, caseId, clock.instant(), data(
                "caseId", caseId, "orderId", failed.orderId(), "refundRef", failed.refundRef(),
                "externalKey", failed.externalKey(), "reason", failed.reason()));
    }

    @EventListener
    void on(RefundLegParked parked) {
        String caseId = CaseRefunds.caseOf(parked.refundRef());
        outbox.record(WebhookEventType.REFUND_PARKED, caseId, clock.instant(), data(
                "caseId", caseId, "orderId", parked.orderId(), "refundRef", parked.refundRef(),
                "externalKey", parked.externalKey(), "reason", parked.reason()));
    }

    /** An ordered map of alternating names and values; null values are left out. */
    private static Map<String, Object> data(Object... namesAndValues) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                data.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return data;
    }
}
