package io.redress.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed sign-ins for one username within
 * {@link #WINDOW}, that username is refused until the oldest failure leaves the window. Kept per node.
 */
@Component
public class SignInAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    // Beyond this many usernames, names whose failures have all aged out are forgotten.
    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInAttempts(Clock clock) {
        this.clock = clock;
    }

    /** How long this username must wait before it may try again; empty when it may try now. */
    public Optional<Duration> blockedFor(String username) {
        Deque<Instant> recent = failures.get(key(username));
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            Instant now = clock.instant();
            forgetOld(recent, now);
            return recent.size() < MAX_FAILURES ? Optional.empty()
                    : Optional.of(Duration.between(now, recent.peekFirst().plus(WINDOW)));
        }
    }

    void failed(String username) {
        Instant now = clock.instant();
        Deque<Instant> recent = failures.computeIfAbsent(key(username), name -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent, now);
            recent.addLast(now);
        }
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(times -> {
                synchronized (times) {
                    forgetOld(times, now);
                    return times.isEmpty();
                }
            });
        }
    }

    void succeeded(String username) {
        failures.remove(key(username));
    }

    private static void forgetOld(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.removeFirst();
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
