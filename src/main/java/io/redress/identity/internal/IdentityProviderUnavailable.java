package io.redress.identity.internal;

import org.springframework.security.core.AuthenticationException;

/** The marketplace's identity provider could not be asked about a token: not the caller's fault, so 503. */
class IdentityProviderUnavailable extends AuthenticationException {

    IdentityProviderUnavailable(Throwable cause) {
        super("The identity provider could not be reached to check this token; try again shortly", cause);
    }
}
