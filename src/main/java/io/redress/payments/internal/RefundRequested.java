package io.redress.payments.internal;

/** Attempts of this refund were committed and may now be sent to the PSP. */
record RefundRequested(String refundRef) {
}
