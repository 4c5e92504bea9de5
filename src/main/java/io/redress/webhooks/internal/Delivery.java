package io.redress.webhooks.internal;

import java.time.Instant;

/** One event for one endpoint, and where its delivery stands. */
public record Delivery(String deliveryId, long seq, String eventId, String eventType, String endpointId, String subject,
        String status, int attempts, Instant nextAttemptAt, Instant firstAttemptAt, Integer lastStatusCode,
        String lastError, String replayOf, Instant createdAt, Instant completedAt) {
}
