package io.redress.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Refuses request bodies over redress.http.max-body-size with 413. The body is read up to the limit
 * rather than trusting Content-Length, so chunked bodies are held to it too. Multipart uploads keep
 * Spring's multipart limits, and form posts Tomcat's, since their parameters are parsed from the raw stream.
 */
final class BodyLimitFilter extends OncePerRequestFilter {

    private static final java.util.Set<String> BODY_METHODS = java.util.Set.of("POST", "PUT", "PATCH");

    private final DataSize limit;
    private final HandlerExceptionResolver problems;

    BodyLimitFilter(DataSize limit, HandlerExceptionResolver problems) {
        this.limit = limit;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // HTTP/2 bodies may come with neither Content-Length nor Transfer-Encoding
        boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null
                || BODY_METHODS.contains(request.getMethod());
        String type = request.getContentType();
        boolean parsedByContainer = type != null && (type.toLowerCase().startsWith("multipart/")
                || type.toLowerCase().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE));
        return !hasBody || parsedByContainer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long max = limit.toBytes();
        if (request.getContentLengthLong() > max) {
            reject(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (body.length > max) {
            reject(request, response);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private void reject(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than " + limit.toKilobytes() + " KB");
        response.setHeader("Connection", "close");
        if (problems.resolveException(request, response, null,
                new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, null)) == null) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
        }
    }
}
