/**
 * Refund decisions: the one immutable record of what a refund pays — amount, per line, per payment instrument with
 * its PSP reference, per funder — under which policy, from which quote, by whom and why. Written in the transaction
 * that decided it; payments executes it and the ledger posts it, both from {@link io.redress.decisions.RefundDecided}.
 */
package io.redress.decisions;
