package io.redress.webhooks.internal;

import java.time.Instant;
import java.util.List;

/** A receiver registered by its owner (the marketplace's service key, or an admin) for some event types. */
public record Endpoint(String endpointId, String owner, String url, List<String> eventTypes, String description,
        boolean enabled, String disabledReason, Instant failingSince, Instant createdAt) {

    public boolean subscribes(String type) {
        return eventTypes.contains(type);
    }
}
