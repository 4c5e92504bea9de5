package io.redress.shared;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A failure a client can act on, answered as an RFC 9457 problem. Extra properties become top-level
 * members of the problem body.
 */
public abstract class DomainProblem extends ErrorResponseException {

    protected DomainProblem(HttpStatus status, ProblemType type, String title, String detail) {
        super(status, problem(status, type, title, detail), null);
    }

    /** Adds a top-level member to the problem body, e.g. allowedActions or the current resource. */
    public DomainProblem with(String name, Object value) {
        getBody().setProperty(name, value);
        return this;
    }

    /** The top-level members added to the problem body. */
    public Map<String, Object> properties() {
        Map<String, Object> properties = getBody().getProperties();
        return properties == null ? Map.of() : properties;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    private static ProblemDetail problem(HttpStatus status, ProblemType type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type.uri());
        problem.setTitle(title);
        return problem;
    }
}
