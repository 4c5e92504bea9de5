/**
 * Refund execution: one attempt per payment-instrument leg with a stable external key, the PSP gateway SPI,
 * the reconciler that resolves unknown and pending outcomes, and the events that report each leg's fate.
 */
package io.redress.payments;
