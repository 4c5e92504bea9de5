package io.redress.identity.web;

import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.identity.internal.ClientAddresses;
import io.redress.identity.internal.SignInThrottle;
import io.redress.identity.internal.TokenIssuer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Issues API tokens to built-in users and tells any caller who it is. */
@RestController
class AuthTokenController {

    record TokenRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {
    }

    record TokenResponse(String token, Instant expiresAt, List<Role> roles) {
    }

    record Me(String name, List<Role> roles, String buyerId, String shopId) {
    }

    private final SignInThrottle signIns;
    private final ClientAddresses addresses;
    private final TokenIssuer issuer;

    AuthTokenController(SignInThrottle signIns, ClientAddresses addresses, TokenIssuer issuer) {
        this.signIns = signIns;
        this.addresses = addresses;
        this.issuer = issuer;
    }

    @PostMapping("/api/v1/auth/token")
    @Operation(summary = "Sign in: exchange username and password for a bearer token",
            description = "Roles: none needed (built-in users). Attempts are throttled per client address and, for "
            + "addresses the account never signed in from, per account: 429 with Retry-After. An Idempotency-Key is "
            + "ignored here: a token is never stored for replay.")
    @ApiResponse(responseCode = "200", description = "The token, when it expires, and the user's roles")
    @ApiResponse(responseCode = "400", description = "Malformed body")
    @ApiResponse(responseCode = "401", description = "Wrong username or password, or the user is disabled")
    @ApiResponse(responseCode = "429", description = "Too many failed attempts; retry later")
    ResponseEntity<TokenResponse> token(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        Caller caller;
        try {
            caller = signIns.signIn(request.username(), request.password(), addresses.of(http))
                    .orElseThrow(SignInRefused::wrongCredentials);
        } catch (SignInThrottle.TooManyAttempts e) {
            throw SignInRefused.throttled(e.retryAfterSeconds());
        }
        TokenIssuer.IssuedToken token = issuer.issue(caller);
        return ResponseEntity.ok()
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new TokenResponse(token.token(), token.expiresAt(), token.roles()));
    }

    /** Who the bearer token belongs to, as Redress sees it. */
    @GetMapping("/api/v1/auth/me")
    @Operation(summary = "Who the bearer token belongs to",
            description = "Roles: any authenticated caller.")
    @ApiResponse(responseCode = "200", description = "The caller's name, roles and bindings (buyerId, shopId)")
    Me me() {
        Caller caller = Caller.current();
        return new Me(caller.name(), caller.roles().stream().sorted().toList(), caller.buyerId(), caller.shopId());
    }
}
