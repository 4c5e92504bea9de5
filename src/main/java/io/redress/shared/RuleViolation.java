package io.redress.shared;

import org.springframework.http.HttpStatus;

/** 422: the request is well-formed but breaks a business rule (e.g. amounts that do not balance). */
public class RuleViolation extends DomainProblem {

    public RuleViolation(String detail) {
        this(ProblemType.RULE_VIOLATION, detail);
    }

    public RuleViolation(ProblemType type, String detail) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, type, "Business rule violated", detail);
    }

    @Override
    public RuleViolation with(String name, Object value) {
        super.with(name, value);
        return this;
    }
}
