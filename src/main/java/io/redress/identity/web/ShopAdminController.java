package io.redress.identity.web;

import io.redress.identity.internal.Shops;
import io.redress.shared.ConflictingState;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The shops seller staff work for, as the marketplace names them. */
@RestController
@RequestMapping("/api/v1/admin/shops")
@PreAuthorize("hasRole('ADMIN')")
class ShopAdminController {

    record NewShop(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be 1 to 64 of A-Z a-z 0-9 . _ -") String shopId,
            @NotBlank @Size(max = 200) String name) {
    }

    private final Shops shops;

    ShopAdminController(Shops shops) {
        this.shops = shops;
    }

    @PostMapping
    @Operation(summary = "Register a shop",
            description = "Roles: ADMIN.")
    @ApiResponse(responseCode = "201", description = "Shop registered")
    @ApiResponse(responseCode = "400", description = "Invalid shopId or name")
    @ApiResponse(responseCode = "403", description = "The caller is not an admin")
    @ApiResponse(responseCode = "409", description = "A shop with this shopId exists")
    ResponseEntity<Shops.Shop> create(@Valid @RequestBody NewShop request) {
        try {
            shops.add(request.shopId(), request.name().strip());
        } catch (DuplicateKeyException e) {
            throw new ConflictingState("A shop " + request.shopId() + " exists already");
        }
        return ResponseEntity.created(URI.create("/api/v1/admin/shops/" + request.shopId()))
                .body(new Shops.Shop(request.shopId(), request.name().strip()));
    }

    @GetMapping
    @Operation(summary = "List shops", description = "Roles: ADMIN.")
    @ApiResponse(responseCode = "200", description = "Every shop")
    @ApiResponse(responseCode = "403", description = "The caller is not an admin")
    List<Shops.Shop> list() {
        return shops.all();
    }
}
