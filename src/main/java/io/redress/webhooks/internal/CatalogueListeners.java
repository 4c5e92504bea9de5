package io.redress.webhooks.internal;

import io.redress.advance.AdvanceRecovered;
import io.redress.advance.AdvanceSettled;
import io.redress.advance.AdvanceUnrecovered;
import io.redress.advance.RefundAdvanced;
import io.redress.aftersale.ActionAwaited;
import io.redress.aftersale.CaseOpened;
import io.redress.aftersale.CaseRefunds;
import io.redress.aftersale.CaseTransitioned;
import io.redress.credit.CreditEvent;
import io.redress.decisions.RefundDecided;
import io.redress.decisions.RefundDecision;
import io.redress.intervention.InterventionEvent;
import io.redress.payments.RefundCompleted;
import io.redress.payments.RefundLegFailed;
import io.redress.payments.RefundLegParked;
import io.redress.payments.RefundLegSucceeded;
import io.redress.postrefund.PostRefundEvent;
import io.redress.postrefund.Receivable;
import io.redress.shared.RecordComponents;
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

    /** The dispute's moves that are catalogue events; the platform's internal steps (evidence closing) are not. */
    private static final Map<Class<?>, WebhookEventType> DISPUTE_TYPES = Map.ofEntries(
            Map.entry(InterventionEvent.Requested.class, WebhookEventType.INTERVENTION_REQUESTED),
            Map.entry(InterventionEvent.Accepted.class, WebhookEventType.INTERVENTION_ACCEPTED),
            Map.entry(InterventionEvent.Declined.class, WebhookEventType.INTERVENTION_DECLINED),
            Map.entry(InterventionEvent.EvidenceRequested.class, WebhookEventType.INTERVENTION_EVIDENCE_REQUESTED),
            Map.entry(InterventionEvent.Settled.class, WebhookEventType.INTERVENTION_SETTLED),
            Map.entry(InterventionEvent.Ruled.class, WebhookEventType.INTERVENTION_RULED),
            Map.entry(InterventionEvent.Appealed.class, WebhookEventType.INTERVENTION_APPEALED),
            Map.entry(InterventionEvent.Reviewed.class, WebhookEventType.INTERVENTION_REVIEWED),
            Map.entry(InterventionEvent.Suspended.class, WebhookEventType.INTERVENTION_SUSPENDED),
            Map.entry(InterventionEvent.Resumed.class, WebhookEventType.INTERVENTION_RESUMED),
            Map.entry(InterventionEvent.Withdrawn.class, WebhookEventType.INTERVENTION_WITHDRAWN));

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
    void on(ActionAwaited awaited) {
        outbox.record(WebhookEventType.ACTION_AWAITED, awaited.caseId(), awaited.at(), data(
                "caseId", awaited.caseId(), "orderId", awaited.orderId(), "party", awaited.party().name(),
                "buyerId", awaited.buyerId(), "shopId", awaited.shopId(), "what", awaited.what(),
                "dueAt", awaited.dueAt() == null ? null : awaited.dueAt().toString(), "version", awaited.version()));
    }

    @EventListener
    void on(RefundDecided decided) {
        RefundDecision d = decided.decision();
        outbox.record(WebhookEventType.REFUND_DECIDED, d.caseId(), d.decidedAt(), data(
                "caseId", d.caseId(), "orderId", d.orderId(), "decisionId", d.decisionId(), "refundRef", d.refundRef(),
                "amount", d.amount(), "currency", d.currency().getCurrencyCode(),
                "instruments", d.instruments().stream().map(i -> data("paymentId", i.paymentId(),
                        "pspReference", i.pspReference(), "amount", i.amount())).toList(),
                "sellerBears", d.funders().seller(), "platformSubsidy", d.funders().platformSubsidy(),
                "platformPoints", d.funders().platformPoints(), "actor", d.actor(), "action", d.action(),
                "reason", d.reason(), "policyProfile", d.policyProfile(), "policyVersion", d.policyVersion()));
    }

    @EventListener
    void on(InterventionEvent event) {
        WebhookEventType type = DISPUTE_TYPES.get(event.getClass());
        if (type != null) {
            outbox.record(type, event.caseId(), event.at(), fields((Record) event));
        }
    }

    /** Penalties issued and revoked, standings changed; the subject is the party ({@code buyer:<id>}, {@code shop:<id>}). */
    @EventListener
    void on(CreditEvent event) {
        WebhookEventType type = event instanceof CreditEvent.PenaltyIssued ? WebhookEventType.PENALTY_ISSUED
                : event instanceof CreditEvent.PenaltyRevoked ? WebhookEventType.PENALTY_REVOKED
                : event instanceof CreditEvent.StandingChanged ? WebhookEventType.STANDING_CHANGED : null;
        if (type != null) {
            outbox.record(type, event.partyType().toLowerCase(java.util.Locale.ROOT) + ":" + event.partyId(), event.at(),
                    fields((Record) event));
        }
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

    @EventListener
    void on(RefundAdvanced advanced) {
        outbox.record(WebhookEventType.REFUND_ADVANCED, advanced.caseId(), advanced.at(), fields(advanced));
    }

    @EventListener
    void on(AdvanceSettled settled) {
        outbox.record(WebhookEventType.ADVANCE_SETTLED, settled.caseId(), settled.at(), fields(settled));
    }

    @EventListener
    void on(AdvanceUnrecovered unrecovered) {
        outbox.record(WebhookEventType.ADVANCE_UNRECOVERED, unrecovered.caseId(), unrecovered.at(), fields(unrecovered));
    }

    @EventListener
    void on(AdvanceRecovered recovered) {
        outbox.record(WebhookEventType.ADVANCE_RECOVERED, recovered.caseId(), recovered.at(), fields(recovered));
    }

    /** Requests after a refund: filed, a reinstatement accepted (the new order's lines), an appeal reviewed. */
    @EventListener
    void on(PostRefundEvent event) {
        WebhookEventType type = null;
        if (event instanceof PostRefundEvent.Requested) {
            type = WebhookEventType.POST_REFUND_REQUESTED;
        } else if (event instanceof PostRefundEvent.ReinstatementAccepted) {
            type = WebhookEventType.REINSTATEMENT_ACCEPTED;
        } else if (event instanceof PostRefundEvent.AppealReviewed) {
            type = WebhookEventType.SELLER_APPEAL_REVIEWED;
        } else if (event instanceof PostRefundEvent.ReceivableChanged changed) {
            type = changed.action().equals("open") ? WebhookEventType.RECEIVABLE_OPENED
                    : changed.action().equals("write-off") ? WebhookEventType.RECEIVABLE_WRITTEN_OFF
                    : changed.status() == Receivable.Status.SETTLED && changed.action().equals("pay")
                            ? WebhookEventType.RECEIVABLE_SETTLED : null;
        }
        if (type != null) {
            outbox.record(type, event.caseId(), event.at(), fields((Record) event));
        }
    }

    /** A record's components by name (enums by name, times as ISO text); null values are left out. */
    private static Map<String, Object> fields(Record event) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (RecordComponents.Component component : RecordComponents.of(event)) {
            Object value = component.valueIn(event);
            if (value instanceof Enum<?> e) {
                value = e.name();
            } else if (value instanceof java.time.Instant at) {
                value = at.toString();
            }
            if (value != null && !"at".equals(component.name())) {
                data.put(component.name(), value);
            }
        }
        return data;
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
