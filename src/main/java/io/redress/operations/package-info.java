/**
 * Operations: Redress's own metrics (cases, time to money, deadlines, PSP calls, reconciliation, webhooks) for
 * Prometheus, the correlation id of every request, and the case id of each transition and payout in the logs.
 * Nothing depends on this module; it listens and reads.
 */
package io.redress.operations;
