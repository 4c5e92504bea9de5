package io.redress.webhooks;

import java.util.Arrays;
import java.util.Optional;

/**
 * The event catalogue: every type a webhook endpoint may subscribe to, in dotted lower case. Adding a type is a
 * constant here, one listener method in {@code internal.CatalogueListeners} that records it, and its section in
 * docs/webhooks.md.
 */
public enum WebhookEventType {
    CASE_CREATED("case.created", "A buyer's application became a case"),
    CASE_TRANSITIONED("case.transitioned", "A case moved through its transition table (any action, any actor)"),
    REFUND_SUCCEEDED("refund.succeeded", "Every leg of a case's refund was paid back by the PSP"),
    REFUND_LEG_SUCCEEDED("refund.leg.succeeded", "One leg of a refund went back to its payment instrument"),
    REFUND_FAILED("refund.failed", "The PSP refused one leg of a refund; an operator decides what follows"),
    REFUND_PARKED("refund.parked", "A leg's outcome stayed unknown through every check; parked for an operator");

    private final String type;
    private final String description;

    WebhookEventType(String type, String description) {
        this.type = type;
        this.description = description;
    }

    /** The name on the wire, e.g. {@code case.created}. */
    public String type() {
        return type;
    }

    public String description() {
        return description;
    }

    public static Optional<WebhookEventType> of(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
