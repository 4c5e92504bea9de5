package io.redress.orders;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A refund would take more from a line, a payment or the shipping fee than is left of what was paid. */
public class RefundExceedsPaid extends ErrorResponseException {

    public RefundExceedsPaid(String orderId, String what) {
        super(HttpStatus.CONFLICT, problem(orderId, what), null);
    }

    private static ProblemDetail problem(String orderId, String what) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "order " + orderId + ": " + what + " would be refunded beyond what was paid");
        problem.setTitle("Refund exceeds what was paid");
        return problem;
    }
}
