package io.redress.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The address a sign-in comes from: the peer's, unless the peer is one of the configured trusted proxies; then
 * the nearest {@code X-Forwarded-For} hop that is not one of them. Hops further left are whatever the client
 * wrote, so they are never believed.
 */
@Component
public class ClientAddresses {

    private static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<String> trustedProxies;

    ClientAddresses(SignInProperties properties) {
        this.trustedProxies = properties.trustedProxies();
    }

    public String of(HttpServletRequest request) {
        String peer = clip(request.getRemoteAddr());
        String forwarded = request.getHeader(FORWARDED_FOR);
        if (!trustedProxies.contains(peer) || forwarded == null) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!ADDRESS.matcher(hop).matches()) {
                return peer; // a hop our proxy would not write: believe nothing beyond the proxy
            }
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }

    private static String clip(String address) {
        return address == null ? "unknown" : address.length() > 64 ? address.substring(0, 64) : address;
    }
}
