package io.redress;

import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * Runs a property over generated inputs. Every try draws its input from its own {@link Random}, seeded
 * from one base seed and the try number, so a failure names the two values that bring it back:
 * {@code -Dredress.seed=S} repeats the whole run, adding {@code -Dredress.try=N} runs only the failing try.
 * Without {@code redress.seed} each run starts from a fresh random seed and explores new inputs.
 */
public final class Tries {

    static final String SEED = "redress.seed";
    static final String TRY = "redress.try";
    private static final long BASE_SEED = Long.getLong(SEED, ThreadLocalRandom.current().nextLong());
    private static final int SHOWN = 2_000;

    private Tries() {
    }

    /** Checks {@code property} on {@code tries} inputs made by {@code generate}; the first failure ends the run. */
    public static <T> void forAll(int tries, Function<Random, T> generate, ThrowingConsumer<T> property) {
        Integer only = Integer.getInteger(TRY);
        for (int n = 1; n <= tries; n++) {
            if (only != null && only != n) {
                continue;
            }
            Object input = "(not generated)";
            try {
                T generated = generate.apply(new Random(seedOf(BASE_SEED, n)));
                input = generated;
                property.accept(generated);
            } catch (Throwable failure) {
                throw new AssertionError(String.format("property failed on try %d of %d with seed %d; rerun with"
                        + " -D%s=%d -D%s=%d%ninput: %s%n%s", n, tries, BASE_SEED, SEED, BASE_SEED, TRY, n,
                        shorten(String.valueOf(input)), failure), failure);
            }
        }
    }

    /** SplitMix64 of seed and try, so neighbouring tries get unrelated streams. */
    static long seedOf(long base, int n) {
        long z = base + n * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String shorten(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "… (" + text.length() + " characters)";
    }
}
