package io.redress.identity.web;

import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.identity.internal.SecurityProblems;
import io.redress.identity.internal.TokenIssuer;
import io.redress.identity.internal.Users;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

    private final Users users;
    private final TokenIssuer issuer;

    AuthTokenController(Users users, TokenIssuer issuer) {
        this.users = users;
        this.issuer = issuer;
    }

    @PostMapping("/api/v1/auth/token")
    ResponseEntity<?> token(@Valid @RequestBody TokenRequest request) {
        return users.authenticate(request.username(), request.password())
                .<ResponseEntity<?>>map(caller -> {
                    TokenIssuer.IssuedToken token = issuer.issue(caller);
                    return ResponseEntity.ok()
                            .header(HttpHeaders.CACHE_CONTROL, "no-store")
                            .body(new TokenResponse(token.token(), token.expiresAt(), token.roles()));
                })
                .orElseGet(AuthTokenController::badCredentials);
    }

    /** Who the bearer token belongs to, as Redress sees it. */
    @GetMapping("/api/v1/auth/me")
    Me me() {
        Caller caller = Caller.current();
        return new Me(caller.name(), caller.roles().stream().sorted().toList(), caller.buyerId(), caller.shopId());
    }

    private static ResponseEntity<?> badCredentials() {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(SecurityProblems.problem(HttpStatus.UNAUTHORIZED, "Wrong username or password", "/api/v1/auth/token"));
    }
}
