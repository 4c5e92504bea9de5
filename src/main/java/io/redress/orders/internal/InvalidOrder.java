package io.redress.orders.internal;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An order submission or fulfilment report that was refused; names every offending field.
 * 400 for a field that is missing or malformed on its own, 422 for fields that contradict each other.
 */
public class InvalidOrder extends ErrorResponseException {

    /** One offending field, as a JSON path like {@code lines[0].quantity}, and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public InvalidOrder(HttpStatus status, List<FieldError> errors) {
        super(status, problem(status, errors), null);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static ProblemDetail problem(HttpStatus status, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, errors.stream()
                .map(error -> error.field() + ": " + error.message())
                .reduce((a, b) -> a + "; " + b).orElse("invalid order"));
        problem.setTitle(status == HttpStatus.BAD_REQUEST ? "Invalid order" : "Inconsistent order");
        problem.setProperty("errors", errors.stream()
                .map(error -> Map.of("field", error.field(), "message", error.message()))
                .toList());
        return problem;
    }
}
