package io.redress.identity.internal;

import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Signs built-in users in to the console, with their {@link io.redress.identity.Caller} as the principal, through
 * the same throttle as the token endpoint.
 */
@Component
class ConsoleLogin implements AuthenticationProvider {

    /** A throttled console sign-in, carrying how long to wait. */
    static final class Throttled extends LockedException {

        private final transient SignInThrottle.TooManyAttempts cause;

        Throttled(SignInThrottle.TooManyAttempts cause) {
            super("Too many sign-in attempts; try again later", cause);
            this.cause = cause;
        }

        long retryAfterSeconds() {
            return cause.retryAfterSeconds();
        }
    }

    private final SignInThrottle signIns;

    ConsoleLogin(SignInThrottle signIns) {
        this.signIns = signIns;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String password = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
        String client = authentication.getDetails() instanceof SignInClient c ? c.address() : "unknown";
        try {
            return signIns.signIn(authentication.getName(), password, client)
                    .map(caller -> new CallerAuthentication(caller, null))
                    .orElseThrow(() -> new BadCredentialsException("Wrong username or password"));
        } catch (SignInThrottle.TooManyAttempts e) {
            throw new Throttled(e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Back to the login page, which says how long a throttled client must wait (also sent as Retry-After). */
    static AuthenticationFailureHandler failures() {
        return (request, response, exception) -> redirect(response, exception, request.getContextPath());
    }

    private static void redirect(jakarta.servlet.http.HttpServletResponse response, AuthenticationException exception,
            String context) throws IOException {
        if (exception instanceof Throttled throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
            response.sendRedirect(context + "/login?throttled=" + throttled.retryAfterSeconds());
        } else {
            response.sendRedirect(context + "/login?error");
        }
    }
}
