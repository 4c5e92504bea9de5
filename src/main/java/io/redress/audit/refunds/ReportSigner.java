package io.redress.audit.refunds;

import io.redress.audit.Canonical;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs refund-audit reports with HMAC-SHA256 under the key {@code redress.refund-audit.signing-key} (shared with
 * the audit firm; random per start in demo mode when unset; outside demo mode no run starts without it): the MAC of the report's
 * canonical JSON (audit.Canonical, RFC 8785) without its {@code signature} member, in lower-case hex.
 */
@Component
class ReportSigner {

    static final String ALGORITHM = "HMAC-SHA256";
    private static final Logger LOG = LoggerFactory.getLogger(ReportSigner.class);

    private final byte[] key;
    private final String keyId;

    ReportSigner(@Value("${redress.refund-audit.signing-key:}") String key,
            @Value("${redress.refund-audit.key-id:refund-audit-1}") String keyId,
            @Value("${redress.demo:false}") boolean demo) {
        if (key.isBlank()) {
            if (!demo) {
                this.key = null;
                this.keyId = keyId;
                return;
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            this.key = random;
            LOG.warn("refund audit reports are signed with a random key for this run (set redress.refund-audit.signing-key)");
        } else {
            this.key = key.getBytes(StandardCharsets.UTF_8);
        }
        this.keyId = keyId;
    }

    /** The report with its {@code signature}: {alg, keyId, value}. */
    Map<String, Object> sign(Map<String, Object> report) {
        Map<String, Object> signed = new LinkedHashMap<>(report);
        signed.remove("signature");
        String value = mac(Canonical.json(signed));
        signed.put("signature", Map.of("alg", ALGORITHM, "keyId", keyId, "value", value));
        return signed;
    }

    /** True when {@code report}'s signature is the MAC of the rest under this key. */
    boolean verifies(Map<String, Object> report) {
        Map<String, Object> rest = new LinkedHashMap<>(report);
        Object signature = rest.remove("signature");
        return signature instanceof Map<?, ?> s && mac(Canonical.json(rest)).equals(s.get("value"));
    }

    private String mac(String canonical) {
        if (key == null) {
            throw new io.redress.shared.ConflictingState("refund audit reports need redress.refund-audit.signing-key");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
