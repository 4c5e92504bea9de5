package io.redress.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The container's error page for the machine paths (the API, actuator, the OpenAPI document). Errors sent with
 * sendError outside Spring MVC (the firewall's 400 for a double slash, Tomcat's 405 for TRACE, actuator's 405)
 * are forwarded to /error, whose default answer is Spring Boot's own JSON; here they are problems like every
 * other failure. Console pages keep their HTML error view.
 */
final class ApiErrorPageFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ContainerProblems.isApi(originalPath(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(ContainerProblems.body(status, message == null ? null : message.toString(),
                originalPath(request)));
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
