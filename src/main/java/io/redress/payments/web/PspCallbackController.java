package io.redress.payments.web;

import io.redress.payments.GatewayUnavailable;
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
 * Asynchronous refund results from the PSP. Authenticated by the HMAC signature of the timestamp and raw body,
 * not by a bearer token; a missing, wrong or stale signature is refused with 401 before the body is even
 * parsed. A callback is a hint: the outcome recorded is the one the PSP's query answers.
 */
@RestController
class PspCallbackController {

    private final PspCallbacks callbacks;

    PspCallbackController(PspCallbacks callbacks) {
        this.callbacks = callbacks;
    }

    @PostMapping(path = "/api/v1/psp/callbacks", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Refund outcome callback from the PSP",
            description = "Roles: none; no bearer token. The PSP signs \"<X-Psp-Timestamp>.<raw body>\" with "
            + "HMAC-SHA256 in the X-Psp-Signature header; a timestamp more than redress.psp.callback-window (5 min) "
            + "from now is refused as a replay. The outcome the body claims is not trusted: Redress queries the PSP "
            + "about the key and records the PSP's answer, which may differ from the callback's.")
    @ApiResponse(responseCode = "204", description = "Received; the PSP's answer to the query is recorded (nothing "
            + "changes when the leg is already final or the PSP has no record of the key)")
    @ApiResponse(responseCode = "400", description = "Unreadable body")
    @ApiResponse(responseCode = "401", description = "Missing, invalid or stale signature or timestamp")
    @ApiResponse(responseCode = "404", description = "No refund attempt has this externalKey")
    @ApiResponse(responseCode = "422", description = "The amount differs from the refund attempt's")
    @ApiResponse(responseCode = "503", description = "The PSP could not be queried; nothing changed, send again later")
    ResponseEntity<Void> callback(@Parameter(description = "signing time, epoch seconds")
            @RequestHeader(name = CallbackSignature.TIMESTAMP_HEADER, required = false) String timestamp,
            @Parameter(description = "hex HMAC-SHA256 of \"<timestamp>.<raw body>\" with the shared secret")
            @RequestHeader(name = CallbackSignature.HEADER, required = false) String signature,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The refund as the PSP reports it; "
                    + "status SUCCEEDED, PENDING or FAILED", content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = PspRefund.class))) @RequestBody byte[] body) {
        if (!callbacks.authentic(body, timestamp, signature)) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "missing, invalid or stale "
                    + CallbackSignature.HEADER + " signature or " + CallbackSignature.TIMESTAMP_HEADER);
        }
        try {
            callbacks.accept(new String(body, StandardCharsets.UTF_8));
        } catch (GatewayUnavailable e) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "the PSP could not confirm the outcome; send again later");
        }
        return ResponseEntity.noContent().build();
    }
}
