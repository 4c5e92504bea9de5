package io.redress.webhooks.internal;

import io.redress.shared.DeferredInserts;
import io.redress.webhooks.WebhookEventType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an event of the catalogue and one pending delivery per enabled endpoint subscribed to its type, in the
 * transaction of the fact it reports: the event exists exactly when the fact committed. {@code subject} (a case
 * id) is what deliveries are ordered by.
 */
@Component
public class WebhookOutbox {

    private final DeferredInserts inserts;
    private final Endpoints endpoints;
    private final JsonMapper json;

    WebhookOutbox(DeferredInserts inserts, Endpoints endpoints, JsonMapper json) {
        this.inserts = inserts;
        this.endpoints = endpoints;
        this.json = json;
    }

    /** Records the event; returns its id, or null when no endpoint subscribes to its type. */
    @Transactional
    public String record(WebhookEventType type, String subject, Instant occurredAt, Map<String, Object> data) {
        List<Endpoint> subscribers = endpoints.subscribers(type.type());
        if (subscribers.isEmpty()) {
            return null;
        }
        String eventId = "msg_" + UUID.randomUUID().toString().replace("-", "");
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", type.type());
        payload.put("id", eventId);
        payload.put("occurredAt", occurredAt.toString());
        payload.put("data", data);
        inserts.insert("INSERT INTO webhook_event (event_id, event_type, subject, payload, occurred_at) VALUES (?, ?, ?, ?, ?)",
                eventId, type.type(), subject, json.writeValueAsString(payload), Endpoints.utc(occurredAt));
        inserts.insertRows("INSERT INTO webhook_delivery (delivery_id, event_id, endpoint_id, subject, status, next_attempt_at,"
                + " created_at) VALUES (?, ?, ?, ?, 'PENDING', ?, ?)", subscribers.stream().map(endpoint -> new Object[] {
                        "wd_" + UUID.randomUUID().toString().replace("-", ""), eventId, endpoint.endpointId(), subject,
                        Endpoints.utc(occurredAt), Endpoints.utc(occurredAt)}).toList());
        return eventId;
    }
}
