package io.redress;

import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls until refund execution, which runs on its own threads, has reached a state. */
public final class Waiting {

    private Waiting() {
    }

    public static <T> T until(Supplier<T> probe, Predicate<T> done) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        T value = probe.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still not done after 20 s: " + value);
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
