package io.redress.payments.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over {@code timestamp + "." + body}, hex encoded, sent in the {@value #HEADER} header with the
 * signing time (epoch seconds) in {@value #TIMESTAMP_HEADER}. The timestamp is signed so that a captured
 * callback cannot be replayed once it falls outside the receiver's window.
 */
public final class CallbackSignature {

    public static final String HEADER = "X-Psp-Signature";
    public static final String TIMESTAMP_HEADER = "X-Psp-Timestamp";

    private CallbackSignature() {
    }

    public static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    /**
     * True when {@code signature} signs {@code timestamp} and {@code body} and the timestamp lies within
     * {@code window} of {@code now}. Constant-time comparison, so the signature cannot be guessed byte by byte.
     */
    public static boolean verify(String secret, String timestamp, byte[] body, String signature, Instant now, Duration window) {
        if (signature == null || signature.isBlank() || timestamp == null) {
            return false;
        }
        long signedAt;
        try {
            signedAt = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - signedAt) > window.toSeconds()) {
            return false;
        }
        byte[] expected = sign(secret, signedAt, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.trim().toLowerCase().getBytes(StandardCharsets.US_ASCII));
    }
}
