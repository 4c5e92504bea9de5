package io.redress.shared.web;

import io.redress.shared.InvalidRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Checks what surrounds an API request before anything reads it: a query string that is not percent-encoded
 * UTF-8 (the container would fail on it wherever a parameter is first asked for), a Content-Type that is a
 * wildcard, a form or names a charset other than UTF-8 (415), and a JSON body in UTF-16 or UTF-32, which the
 * JSON reader would otherwise detect and accept although the API speaks UTF-8 only.
 */
final class RequestEnvelopeFilter extends OncePerRequestFilter {

    private final HandlerExceptionResolver problems;

    RequestEnvelopeFilter(HandlerExceptionResolver problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiPaths.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> badParameter = QueryStrings.firstMalformed(request.getQueryString());
        if (badParameter.isPresent()) {
            answer(request, response, new InvalidRequest(badParameter.get(), "is not percent-encoded UTF-8"));
            return;
        }
        Optional<Exception> badType = RequestContentTypes.problem(request.getContentType());
        if (badType.isPresent()) {
            answer(request, response, badType.get());
            return;
        }
        if (request instanceof CachedBodyRequest cached && !RequestContentTypes.isUtf8Json(cached.body())) {
            answer(request, response, new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemAdvice.malformed(
                    "The request body must be JSON in UTF-8"), null));
            return;
        }
        chain.doFilter(request, response);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, Exception problem) {
        problems.resolveException(request, response, null, problem);
    }
}
