package io.redress.webhooks.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Which receiver URLs Redress will call. Outside demo mode: https only, and never a host that is or resolves to a
 * loopback, private, link-local, unique-local, multicast or unspecified address (checked at registration and
 * again before every delivery, so a name that starts pointing inward later is refused then). Always: an absolute
 * URL without user info or fragment, at most 2000 characters.
 */
public final class EndpointUrls {

    private final boolean allowInsecure;

    public EndpointUrls(boolean allowInsecure) {
        this.allowInsecure = allowInsecure;
    }

    /** Why {@code url} may not be registered; empty when it may. */
    public Optional<String> refusal(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("is required");
        }
        if (url.length() > 2000) {
            return Optional.of("must be at most 2000 characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("https") && !(allowInsecure && scheme.equals("http"))) {
            return Optional.of(allowInsecure ? "must be an http or https URL" : "must be an https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("must name a host, without user info or fragment");
        }
        return allowInsecure ? Optional.empty() : addressRefusal(uri.getHost());
    }

    /** Why the host may not be called now (it resolves to an inward address, or not at all); empty when it may. */
    public Optional<String> addressRefusal(String host) {
        if (allowInsecure) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (inward(address)) {
                    return Optional.of("must not point to a loopback, private or link-local address");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve");
        }
    }

    static boolean inward(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        boolean sharedV4 = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocalV6 || sharedV4;
    }
}
