/**
 * Webhooks: the marketplace registers HTTPS receivers for event types of the catalogue ({@link WebhookEventType});
 * each event is written to an outbox in the transaction of the fact and delivered after commit, signed per the
 * Standard Webhooks scheme, retried for three days, with a delivery log and replay.
 */
package io.redress.webhooks;
