package io.redress.payments.web;

import io.redress.payments.sandbox.CallbackSignature;
import io.redress.payments.internal.PspCallbacks;
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
    ResponseEntity<Void> callback(@RequestHeader(name = CallbackSignature.HEADER, required = false) String signature,
            @RequestBody byte[] body) {
        if (!callbacks.authentic(body, signature)) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "missing or invalid " + CallbackSignature.HEADER + " signature");
        }
        callbacks.accept(new String(body, StandardCharsets.UTF_8));
        return ResponseEntity.noContent().build();
    }
}
