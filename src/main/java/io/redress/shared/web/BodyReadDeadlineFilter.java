package io.redress.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Answers 408 and closes the connection when a request body has not arrived within redress.http.body-read-timeout.
 * Tomcat's read timeout only bounds the wait for the next byte, so a client sending one byte a second would hold
 * a request thread for as long as its Content-Length; this bounds the whole body instead. (A body that stalls
 * altogether fails at Tomcat's read timeout, which Tomcat answers 408 itself.) Multipart and form bodies are parsed
 * by the container from its own stream and keep only the read timeout.
 */
final class BodyReadDeadlineFilter extends OncePerRequestFilter {

    private final Duration timeout;
    private final HandlerExceptionResolver problems;

    BodyReadDeadlineFilter(Duration timeout, HandlerExceptionResolver problems) {
        this.timeout = timeout;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        DeadlineRequest timed = new DeadlineRequest(request, System.nanoTime() + timeout.toNanos());
        try {
            chain.doFilter(timed, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!timed.timedOut()) {
                throw failure;
            }
        }
        // A read that timed out has Tomcat answer 408 itself at once (the response is then committed); rethrown,
        // the failure would turn that into a 400.
        if (timed.timedOut() && !response.isCommitted()) {
            reject(request, response);
        }
    }

    private void reject(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setHeader("Connection", "close");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.REQUEST_TIMEOUT,
                "The request body did not arrive within " + timeout.toMillis() + " ms");
        if (problems.resolveException(request, response, null,
                new ErrorResponseException(HttpStatus.REQUEST_TIMEOUT, problem, null)) == null) {
            response.sendError(HttpStatus.REQUEST_TIMEOUT.value());
        }
    }
}
