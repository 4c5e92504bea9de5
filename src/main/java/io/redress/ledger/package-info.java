/**
 * Double-entry ledger of the money around orders and refunds: capture into platform escrow, settlement to
 * the seller, refunds under the escrow model, platform subsidies, advances and receivables.
 */
package io.redress.ledger;
