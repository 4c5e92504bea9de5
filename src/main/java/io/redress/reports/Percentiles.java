package io.redress.reports;

import java.util.Arrays;

/**
 * Nearest-rank percentiles of a set of durations: the p-th percentile is the smallest value such that at least p % of
 * the values are at or below it (for n values, the value at rank ⌈p·n/100⌉). Exact and the same on every database,
 * since it runs here over the values a bounded query returned.
 */
public final class Percentiles {

    private final long[] sorted;

    private Percentiles(long[] sorted) {
        this.sorted = sorted;
    }

    public static Percentiles of(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return new Percentiles(copy);
    }

    public int count() {
        return sorted.length;
    }

    /** The p-th percentile (0 < p ≤ 100); null when there are no values. */
    public Long at(int p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("a percentile is in (0, 100]: " + p);
        }
        if (sorted.length == 0) {
            return null;
        }
        long rank = ((long) p * sorted.length + 99) / 100;
        return sorted[(int) rank - 1];
    }
}
