package io.redress.identity.web;

import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.identity.internal.Shops;
import io.redress.identity.internal.Users;
import io.redress.shared.ConflictingState;
import io.redress.shared.InvalidField;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The built-in users: an admin creates them, lists them, and disables or enables them. */
@RestController
@RequestMapping("/api/v1/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

    record NewUser(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "must be 3 to 64 of a-z 0-9 . _ -") String username,
            @NotBlank @Size(min = 12, max = 200) String password,
            @NotBlank @Size(max = 200) String displayName,
            @NotEmpty Set<Role> roles,
            @Size(max = 64) String buyerId,
            @Size(max = 64) String shopId) {
    }

    record UserView(String username, String displayName, List<Role> roles, String buyerId, String shopId, boolean enabled) {

        static UserView of(Users.User user) {
            return new UserView(user.username(), user.displayName(), user.roles().stream().sorted().toList(),
                    user.buyerId(), user.shopId(), user.enabled());
        }
    }

    private final Users users;
    private final Shops shops;

    UserAdminController(Users users, Shops shops) {
        this.users = users;
        this.shops = shops;
    }

    @PostMapping
    @Operation(summary = "Create a built-in user",
            description = "Roles: ADMIN. A BUYER needs a buyerId, a SELLER a shopId of an existing shop; MARKETPLACE "
            + "and SYSTEM are not user roles (nor METRICS).")
    @ApiResponse(responseCode = "201", description = "User created")
    @ApiResponse(responseCode = "400", description = "Invalid fields or bindings")
    @ApiResponse(responseCode = "403", description = "The caller is not an admin")
    @ApiResponse(responseCode = "409", description = "A user with this username exists")
    ResponseEntity<UserView> create(@Valid @RequestBody NewUser request) {
        checkBindings(request);
        try {
            users.add(request.username(), request.password(), request.displayName().strip(), request.roles(),
                    request.buyerId(), request.shopId());
        } catch (DuplicateKeyException e) {
            throw new ConflictingState("A user named " + request.username() + " exists already");
        }
        return ResponseEntity.created(URI.create("/api/v1/admin/users/" + request.username()))
                .body(UserView.of(users.find(request.username()).orElseThrow()));
    }

    @GetMapping
    @Operation(summary = "List built-in users",
            description = "Roles: ADMIN.")
    @ApiResponse(responseCode = "200", description = "Every user")
    @ApiResponse(responseCode = "403", description = "The caller is not an admin")
    List<UserView> list() {
        return users.all().stream().map(UserView::of).toList();
    }

    @PostMapping("/{username}/disable")
    @Operation(summary = "Disable a user",
            description = "Roles: ADMIN. The user's tokens and console sessions stop working; an admin cannot "
            + "disable themselves.")
    @ApiResponse(responseCode = "200", description = "The user, disabled")
    @ApiResponse(responseCode = "403", description = "The caller is not an admin")
    @ApiResponse(responseCode = "404", description = "No such user")
    @ApiResponse(responseCode = "409", description = "An admin tried to disable their own account")
    UserView disable(@PathVariable String username) {
        if (username.equals(Caller.current().name())) {
            throw new ConflictingState("An administrator cannot disable their own account");
        }
        return setEnabled(username, false);
    }

    @PostMapping("/{username}/enable")
    @Operation(summary = "Enable a user",
            description = "Roles: ADMIN.")
    @ApiResponse(responseCode = "200", description = "The user, enabled")
    @ApiResponse(responseCode = "403", description = "The caller is not an admin")
    @ApiResponse(responseCode = "404", description = "No such user")
    UserView enable(@PathVariable String username) {
        return setEnabled(username, true);
    }

    private UserView setEnabled(String username, boolean enabled) {
        if (!users.setEnabled(username, enabled)) {
            throw new ResourceNotFound("user", username);
        }
        return UserView.of(users.find(username).orElseThrow());
    }

    // A buyer acts for a buyer id and seller staff for an existing shop; the other bindings make no sense.
    private void checkBindings(NewUser request) {
        List<InvalidField> errors = new ArrayList<>();
        if (request.roles().contains(Role.SYSTEM) || request.roles().contains(Role.MARKETPLACE)
                || request.roles().contains(Role.METRICS)) {
            errors.add(new InvalidField("roles", "SYSTEM, MARKETPLACE and METRICS are not roles of users"));
        }
        boolean buyer = request.roles().contains(Role.BUYER);
        if (buyer != (request.buyerId() != null && !request.buyerId().isBlank())) {
            errors.add(new InvalidField("buyerId", buyer ? "is required for a buyer" : "is only for buyers"));
        }
        boolean seller = request.roles().contains(Role.SELLER);
        // a blank shopId is no shop: for other roles it is not "absent" either, and would break the shop reference
        if (!seller && request.shopId() != null && request.shopId().isBlank()) {
            errors.add(new InvalidField("shopId", "is only for seller staff; leave it out"));
        } else if (seller != (request.shopId() != null && !request.shopId().isBlank())) {
            errors.add(new InvalidField("shopId", seller ? "is required for seller staff" : "is only for seller staff"));
        } else if (seller && shops.name(request.shopId()).isEmpty()) {
            errors.add(new InvalidField("shopId", "is not a known shop"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
    }
}
