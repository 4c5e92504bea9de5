package io.redress.payments;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A refund reference was reused with different legs: money already requested is never changed. */
public class RefundAlreadyRequested extends ErrorResponseException {

    public RefundAlreadyRequested(String refundRef) {
        super(HttpStatus.CONFLICT);
        getBody().setTitle("Refund already requested");
        getBody().setDetail("refund " + refundRef + " was already requested with different legs");
    }
}
