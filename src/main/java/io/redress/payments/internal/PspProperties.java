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
 * {@code callbackWindow} is how far a callback's signed timestamp may lie from now. {@code senders} is how many
 * first sends may wait on the PSP at once: each holds a thread, not a database connection, for the length of its
 * call, so a node pays out at most {@code senders} ÷ the PSP's answer time per second (with 16 and a PSP answering in
 * 200 ms, 80 refunds a second, above the default pace).
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
        @DefaultValue Sandbox sandbox,
        @DefaultValue("16") int senders) {

    public PspProperties {
        if (senders < 1) {
            throw new IllegalArgumentException("redress.psp.senders must be at least 1, was " + senders);
        }
    }

    /** The development default, published in this repository: only demo mode may run with it. */
    public static final String PUBLIC_CALLBACK_SECRET = "sandbox-callback-secret";

    /** The in-process sandbox PSP; port 0 picks a free port. */
    public record Sandbox(@DefaultValue("true") boolean enabled, @DefaultValue("0") int port) {
    }
}
