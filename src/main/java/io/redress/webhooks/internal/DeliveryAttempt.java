package io.redress.webhooks.internal;

import java.time.Instant;

/** One HTTP call of a delivery: the receiver's status code, or the error when there was no answer. */
public record DeliveryAttempt(int attemptNo, Instant attemptedAt, Integer statusCode, String error, long durationMs) {
}
