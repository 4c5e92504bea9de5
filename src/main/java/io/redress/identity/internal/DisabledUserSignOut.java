package io.redress.identity.internal;

import io.redress.identity.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Ends the console session of a user who has been disabled since signing in, on their next request. */
class DisabledUserSignOut extends OncePerRequestFilter {

    private final Users users;

    DisabledUserSignOut(Users users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // only sessions of the console sign-in; callers authenticated some other way are not built-in users
        if (authentication instanceof CallerAuthentication signedIn
                && !users.isEnabled(((Caller) signedIn.getPrincipal()).name())) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
