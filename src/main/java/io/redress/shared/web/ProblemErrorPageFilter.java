package io.redress.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The container's error page as a problem. Errors sent with sendError outside Spring MVC (the firewall's 400 for
 * a double slash, Tomcat's 405 for TRACE, actuator's 405, the console's 403 for a missing CSRF token) are
 * forwarded to /error, whose answer would be Spring Boot's own JSON. On the machine paths (the API, actuator,
 * the OpenAPI document), and for any client that does not ask for HTML, the answer is a problem like every
 * other failure; browsers on console pages keep the HTML error view. A client that asks for /error itself gets a
 * 404 problem: there is no resource there, and Spring Boot's answer (status 999, its own JSON) is no contract.
 */
final class ProblemErrorPageFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (askedDirectly(request)) {
            return false;
        }
        String path = originalPath(request);
        return path == null || !ContainerProblems.isApi(path) && asksForHtml(request);
    }

    private static boolean asksForHtml(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("text/html");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        boolean direct = askedDirectly(request);
        int status = direct ? 404
                : request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        Object message = direct ? null : request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(ContainerProblems.body(status, message == null ? null : message.toString(),
                direct ? request.getRequestURI() : originalPath(request)));
    }

    /** A request for the error page itself, not the container forwarding a failure to it. */
    private static boolean askedDirectly(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.REQUEST && "/error".equals(request.getServletPath());
    }

    private static String originalPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri == null) {
            return null;
        }
        String context = request.getContextPath();
        String path = uri.toString();
        return context != null && !context.isEmpty() && path.startsWith(context) ? path.substring(context.length()) : path;
    }
}
