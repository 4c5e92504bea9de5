package io.redress.quality;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Whether a ruling is in the quality sample: the first 8 bytes of HMAC-SHA256(key, ruling id), read as an unsigned
 * number, below {@code percent} in a hundred. The same ruling always gets the same answer under the same key, the
 * share sampled approaches {@code percent}, and without the key an agent cannot tell which of their rulings will be
 * re-reviewed; the id is the dispute's case id, which no agent chooses.
 */
public final class Sampling {

    private final SecretKeySpec key;

    public Sampling(byte[] key) {
        this.key = new SecretKeySpec(key.length == 0 ? new byte[] {0} : key.clone(), "HmacSHA256");
    }

    public boolean sampled(String rulingId, int percent) {
        if (percent <= 0) {
            return false;
        }
        return percent >= 100 || Long.remainderUnsigned(draw(rulingId), 100) < percent;
    }

    private long draw(String rulingId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return ByteBuffer.wrap(mac.doFinal(rulingId.getBytes(StandardCharsets.UTF_8))).getLong();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}
