package io.redress.payments.web;

import io.redress.payments.internal.PspCallbacks;
import io.redress.payments.sandbox.CallbackSignature;
import io.redress.payments.sandbox.PspRefund;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Asynchronous refund results from the PSP. Authenticated by the HMAC signature of the raw body, not by a
 * bearer token; a missing or wrong signature is refused with 401 before the body is even parsed.
 */
@RestController
class PspCallbackController {

    private final PspCallbacks callbacks;

    PspCallbackController(PspCallbacks callbacks) {
        this.callbacks = callbacks;
    }

    @PostMapping(path = "/api/v1/psp/callbacks", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Refund outcome callback from the PSP",
            description = "Roles: none; no bearer token. The PSP signs the raw body with HMAC-SHA256 in the "
            + "X-Psp-Signature header.")
    @ApiResponse(responseCode = "204", description = "Outcome accepted")
    @ApiResponse(responseCode = "400", description = "Unreadable body")
    @ApiResponse(responseCode = "401", description = "Missing or invalid signature")
    @ApiResponse(responseCode = "404", description = "No refund attempt has this externalKey")
    @ApiResponse(responseCode = "422", description = "The amount differs from the refund attempt's")
    ResponseEntity<Void> callback(@Parameter(description = "hex HMAC-SHA256 of the raw body with the shared secret")
            @RequestHeader(name = CallbackSignature.HEADER, required = false) String signature,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The refund as the PSP reports it; "
                    + "status SUCCEEDED, PENDING or FAILED", content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = PspRefund.class))) @RequestBody byte[] body) {
        if (!callbacks.authentic(body, signature)) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "missing or invalid " + CallbackSignature.HEADER + " signature");
        }
        callbacks.accept(new String(body, StandardCharsets.UTF_8));
        return ResponseEntity.noContent().build();
    }
}
