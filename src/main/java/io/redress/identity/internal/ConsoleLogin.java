package io.redress.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Signs built-in users in to the console, with their {@link io.redress.identity.Caller} as the principal. */
@Component
class ConsoleLogin implements AuthenticationProvider {

    private final Users users;
    private final SignInAttempts attempts;

    ConsoleLogin(Users users, SignInAttempts attempts) {
        this.users = users;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (attempts.blockedFor(authentication.getName()).isPresent()) {
            throw new LockedException("Too many failed sign-ins; try again later");
        }
        String password = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
        return users.authenticate(authentication.getName(), password)
                .map(caller -> new CallerAuthentication(caller, null))
                .orElseThrow(() -> new BadCredentialsException("Wrong username or password"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
