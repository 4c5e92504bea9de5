package io.redress.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Failures thrown by filters (outside Spring MVC, so past the problem advice) would reach the servlet
 * container's error page; under /api/ they are answered as problems instead, by the same advice.
 */
final class UnhandledFailureFilter extends OncePerRequestFilter {

    private final HandlerExceptionResolver problems;

    UnhandledFailureFilter(HandlerExceptionResolver problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiPaths.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            Exception cause = failure instanceof ServletException servlet && servlet.getRootCause() instanceof Exception root
                    ? root : failure;
            if (response.isCommitted()) {
                throw failure;
            }
            response.resetBuffer();
            if (!resolved(request, response, cause)) {
                throw failure;
            }
        }
    }

    /** The advice declines security exceptions by rethrowing them; those go on to the security chain as they came. */
    private boolean resolved(HttpServletRequest request, HttpServletResponse response, Exception cause) {
        try {
            return problems.resolveException(request, response, null, cause) != null;
        } catch (RuntimeException declined) {
            return false;
        }
    }
}
