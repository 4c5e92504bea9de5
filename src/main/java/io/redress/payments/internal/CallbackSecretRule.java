package io.redress.payments.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Whoever knows the callback secret can sign callbacks; outside demo mode it must be a real secret, not the
 * public development default nor one short enough to guess.
 */
final class CallbackSecretRule {

    static final String SETTING = "redress.psp.callback-secret";
    static final int MIN_BYTES = 32;

    private CallbackSecretRule() {
    }

    /** Why this secret may not be used outside demo mode; empty when it may. */
    static Optional<String> refusal(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.of(SETTING + " is not set");
        }
        if (secret.equals(PspProperties.PUBLIC_CALLBACK_SECRET)) {
            return Optional.of(SETTING + " is the public development default");
        }
        if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
            return Optional.of(SETTING + " is shorter than " + MIN_BYTES + " bytes");
        }
        return Optional.empty();
    }

    /** Refuses to start outside demo mode with a secret anyone could know. */
    static void check(String secret, boolean demo) {
        if (!demo) {
            refusal(secret).ifPresent(reason -> {
                throw new IllegalStateException(reason + ": outside demo mode (redress.demo=false) PSP callbacks need "
                        + "the secret agreed with the PSP, at least " + MIN_BYTES + " bytes (REDRESS_PSP_CALLBACK_SECRET)");
            });
        }
    }
}
