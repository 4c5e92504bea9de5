package io.redress.shared;

import java.util.List;
import org.springframework.http.HttpStatus;

/** 400: the input is invalid; the problem lists each field at fault under {@code errors}. */
public class InvalidRequest extends DomainProblem {

    private final List<InvalidField> errors;

    public InvalidRequest(String field, String message) {
        this(List.of(new InvalidField(field, message)));
    }

    public InvalidRequest(List<InvalidField> errors) {
        super(HttpStatus.BAD_REQUEST, ProblemType.VALIDATION, "Invalid request", describe(errors));
        this.errors = List.copyOf(errors);
        getBody().setProperty("errors", this.errors);
    }

    public List<InvalidField> errors() {
        return errors;
    }

    private static String describe(List<InvalidField> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid request names at least one field");
        }
        InvalidField first = errors.get(0);
        String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
        return first.field() + ": " + first.message() + more;
    }
}
