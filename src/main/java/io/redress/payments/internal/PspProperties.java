package io.redress.payments.internal;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * PSP settings. Without {@code url} the gateway talks to the built-in sandbox. The back-off lists are the
 * delays between the reconciler's checks of an UNKNOWN or PENDING attempt; when a list runs out, the attempt
 * is parked for an operator. Each reconciler round works through everything due, {@code reconcileBatch} rows
 * at a time, its PSP calls paced at {@code requestsPerSecond} (this node's share of the PSP's limit).
 * {@code callbackWindow} is how far a callback's signed timestamp may lie from now.
 */
@ConfigurationProperties("redress.psp")
public record PspProperties(
        URI url,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue(PspProperties.PUBLIC_CALLBACK_SECRET) String callbackSecret,
        @DefaultValue("5m") Duration callbackWindow,
        URI notifyUrl,
        @DefaultValue({"5m", "1h", "1d", "1d", "1d", "1d", "1d"}) List<Duration> unknownBackoff,
        @DefaultValue({"1h", "1d"}) List<Duration> pendingBackoff,
        @DefaultValue("100") int reconcileBatch,
        @DefaultValue("30s") Duration reconcileEvery,
        @DefaultValue("50") double requestsPerSecond,
        @DefaultValue Sandbox sandbox) {

    /** The development default, published in this repository: only demo mode may run with it. */
    public static final String PUBLIC_CALLBACK_SECRET = "sandbox-callback-secret";

    /** The in-process sandbox PSP; port 0 picks a free port. */
    public record Sandbox(@DefaultValue("true") boolean enabled, @DefaultValue("0") int port) {
    }
}
