package io.redress.identity.web;

import io.redress.identity.internal.ServiceKeys.ServiceKey;
import io.redress.identity.internal.ServiceKeys;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Creates, lists and revokes the service keys of marketplace backends. */
@RestController
@RequestMapping("/api/v1/admin/service-keys")
@PreAuthorize("hasRole('ADMIN')")
class ServiceKeyController {

    record NewKey(@NotBlank @Size(max = 100) String name) {
    }

    record CreatedKey(String keyId, String name, String key, String lastFour, Instant createdAt) {
    }

    record KeyView(String keyId, String name, String lastFour, Instant createdAt, Instant revokedAt, boolean revoked) {

        static KeyView of(ServiceKey key) {
            return new KeyView(key.keyId(), key.name(), key.lastFour(), key.createdAt(), key.revokedAt(), key.revoked());
        }
    }

    private final ServiceKeys serviceKeys;

    ServiceKeyController(ServiceKeys serviceKeys) {
        this.serviceKeys = serviceKeys;
    }

    @PostMapping
    @Operation(summary = "Create a marketplace service key",
            description = "Roles: ADMIN. The key (role MARKETPLACE) is shown once, in this answer only.")
    @ApiResponse(responseCode = "201", description = "Key created; key is the bearer token")
    @ApiResponse(responseCode = "400", description = "Invalid name")
    @ApiResponse(responseCode = "403", description = "The caller is not an admin")
    ResponseEntity<CreatedKey> create(@Valid @RequestBody NewKey request) {
        ServiceKeys.IssuedKey issued = serviceKeys.create(request.name().strip());
        ServiceKey key = issued.serviceKey();
        return ResponseEntity.created(URI.create("/api/v1/admin/service-keys/" + key.keyId()))
                .body(new CreatedKey(key.keyId(), key.name(), issued.key(), key.lastFour(), key.createdAt()));
    }

    @GetMapping
    @Operation(summary = "List service keys",
            description = "Roles: ADMIN. Keys are shown by their last four characters only.")
    @ApiResponse(responseCode = "200", description = "Every key, revoked ones too")
    @ApiResponse(responseCode = "403", description = "The caller is not an admin")
    List<KeyView> list() {
        return serviceKeys.all().stream().map(KeyView::of).toList();
    }

    @PostMapping("/{keyId}/revoke")
    @Operation(summary = "Revoke a service key",
            description = "Roles: ADMIN. Requests with the key fail with 401 from now on.")
    @ApiResponse(responseCode = "200", description = "The key, revoked")
    @ApiResponse(responseCode = "403", description = "The caller is not an admin")
    @ApiResponse(responseCode = "404", description = "No such key")
    KeyView revoke(@PathVariable String keyId) {
        return serviceKeys.revoke(keyId).map(KeyView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No service key " + keyId));
    }
}
