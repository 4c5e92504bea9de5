package io.redress.orders.web;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers the orders API's refusals with their problem body (type, title, status, detail, errors) as
 * application/problem+json; without it a bare ErrorResponseException reaches the client without its body.
 */
@RestControllerAdvice(assignableTypes = OrderController.class)
class OrderProblems {

    @ExceptionHandler(ErrorResponseException.class)
    ResponseEntity<ProblemDetail> refused(ErrorResponseException refusal) {
        return ResponseEntity.status(refusal.getStatusCode()).headers(refusal.getHeaders()).body(refusal.getBody());
    }
}
