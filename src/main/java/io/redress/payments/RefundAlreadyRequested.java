package io.redress.payments;

import io.redress.shared.ConflictingState;

/** A refund reference was reused with different legs: money already requested is never changed. */
public class RefundAlreadyRequested extends ConflictingState {

    public RefundAlreadyRequested(String refundRef) {
        super("refund " + refundRef + " was already requested with different legs");
    }
}
