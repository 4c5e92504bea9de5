package io.redress.shared;

import org.springframework.http.HttpStatus;

/** 409: the request does not fit the resource's current state (stale version, action not allowed now). */
public class ConflictingState extends DomainProblem {

    public ConflictingState(String detail) {
        this(ProblemType.CONFLICT, detail);
    }

    public ConflictingState(ProblemType type, String detail) {
        super(HttpStatus.CONFLICT, type, "Conflict", detail);
    }

    @Override
    public ConflictingState with(String name, Object value) {
        super.with(name, value);
        return this;
    }
}
