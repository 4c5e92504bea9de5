package io.redress.identity.internal;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Lets a refusal of {@code @PreAuthorize} leave Spring MVC untouched, so the security filter chain answers it
 * (403 problem for the API, the error page for the console) even where a catch-all exception handler exists.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityExceptionsToFilters {

    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void rethrow(RuntimeException refusal) {
        throw refusal;
    }
}
