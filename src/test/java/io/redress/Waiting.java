package io.redress;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls until refund execution, which runs on its own threads, has reached a state. */
public final class Waiting {

    /**
     * How long a test waits for work on other threads (listeners, payouts, webhooks, timers): generous, because a
     * CI machine running the whole suite can be many times slower than a developer's; a test that passes waits
     * only as long as the work takes.
     */
    public static final Duration PATIENCE = Duration.ofSeconds(60);

    private Waiting() {
    }

    public static <T> T until(Supplier<T> probe, Predicate<T> done) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        T value = probe.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still not done after " + PATIENCE.toSeconds() + " s: " + value);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            value = probe.get();
        }
        return value;
    }
}
