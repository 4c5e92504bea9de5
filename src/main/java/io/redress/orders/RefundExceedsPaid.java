package io.redress.orders;

import io.redress.shared.ConflictingState;
import io.redress.shared.ProblemType;

/** A refund would take more from a line, a payment or the shipping fee than is left of what was paid. */
public class RefundExceedsPaid extends ConflictingState {

    /** The problem type clients see when a refund is refused for exceeding what was paid. */
    public static final ProblemType TYPE = new ProblemType("refund-exceeds-paid");

    public RefundExceedsPaid(String orderId, String what) {
        super(TYPE, "order " + orderId + ": " + what + " would be refunded beyond what was paid");
    }
}
