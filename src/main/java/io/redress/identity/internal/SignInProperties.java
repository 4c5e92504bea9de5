package io.redress.identity.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-ins are throttled. A client address gets {@code clientAttempts} attempts per {@code window}, then waits
 * for the window to end. An account gets {@code accountFreeAttempts} attempts per window from anywhere; beyond them
 * each attempt from an address the account never signed in from waits twice as long as the one before, never more
 * than {@code accountDelayCap}, so guesses from many addresses slow an account down but never lock its owner out.
 * {@code X-Forwarded-For} is read only when the request comes from one of {@code trustedProxies}.
 */
@ConfigurationProperties("redress.auth.sign-in")
public record SignInProperties(
        @DefaultValue("PT15M") Duration window,
        @DefaultValue("10") int clientAttempts,
        @DefaultValue("5") int accountFreeAttempts,
        @DefaultValue("PT30S") Duration accountDelayCap,
        @DefaultValue("P30D") Duration knownClientFor,
        @DefaultValue List<String> trustedProxies) {

    public SignInProperties {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        if (clientAttempts < 1 || accountFreeAttempts < 1) {
            throw new IllegalArgumentException("redress.auth.sign-in limits must be at least 1");
        }
    }

    /** The wait before the {@code n}-th attempt over the free ones (n >= 1): 1 s, 2 s, 4 s, ... up to the cap. */
    Duration accountDelay(int n) {
        long seconds = n >= 31 ? Long.MAX_VALUE : 1L << (n - 1);
        return seconds >= accountDelayCap.toSeconds() ? accountDelayCap : Duration.ofSeconds(seconds);
    }
}
