package io.redress.identity.web;

import io.redress.shared.DomainProblem;
import io.redress.shared.ProblemType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** A sign-in at the token endpoint that failed: wrong credentials (401) or too many recent attempts (429). */
class SignInRefused extends DomainProblem {

    private SignInRefused(HttpStatus status, String detail) {
        super(status, ProblemType.forReason(status.getReasonPhrase()), status.getReasonPhrase(), detail);
    }

    static SignInRefused wrongCredentials() {
        SignInRefused refused = new SignInRefused(HttpStatus.UNAUTHORIZED, "Wrong username or password");
        refused.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return refused;
    }

    static SignInRefused throttled(long retryAfterSeconds) {
        SignInRefused refused = new SignInRefused(HttpStatus.TOO_MANY_REQUESTS,
                "Too many sign-in attempts; try again in " + retryAfterSeconds + " s");
        refused.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        return refused;
    }
}
