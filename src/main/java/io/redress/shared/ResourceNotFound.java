package io.redress.shared;

import org.springframework.http.HttpStatus;

/** 404: the resource does not exist, or the caller may not see it (the two are not told apart). */
public class ResourceNotFound extends DomainProblem {

    public ResourceNotFound(String resource, Object id) {
        super(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND, "Not found", resource + " " + id + " not found");
    }
}
