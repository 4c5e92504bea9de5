package io.redress.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * An amount of money in integer minor units (fen for CNY) of one ISO-4217 currency.
 * Never a double: every part of a split sums exactly to its whole.
 */
public record Money(long amount, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(long amount, String currencyCode) {
        return new Money(amount, Currency.getInstance(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(amount, other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(amount, other.amount), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(amount), currency);
    }

    public boolean isZero() {
        return amount == 0;
    }

    public boolean isNegative() {
        return amount < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(amount, other.amount);
    }

    /**
     * Splits this amount into parts proportional to {@code weights}; the parts sum exactly to this amount.
     * Each part is first floored; the fen left over go one each to the largest remainders, ties to the
     * larger weight, then to the earlier index. Zero weights get zero. Deterministic for the same input.
     */
    public List<Money> allocate(List<Long> weights) {
        long[] parts = allocate(amount, weights.stream().mapToLong(Long::longValue).toArray());
        List<Money> result = new ArrayList<>(parts.length);
        for (long part : parts) {
            result.add(new Money(part, currency));
        }
        return result;
    }

    /** {@link #allocate(List)} on raw minor units. */
    public static long[] allocate(long total, long[] weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("at least one weight is needed");
        }
        if (total < 0) {
            long[] positive = allocate(-total, weights);
            for (int i = 0; i < positive.length; i++) {
                positive[i] = -positive[i];
            }
            return positive;
        }
        long sum = 0;
        for (long w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("weights must not be negative");
            }
            sum = Math.addExact(sum, w);
        }
        if (sum == 0) {
            if (total == 0) {
                return new long[weights.length];
            }
            throw new IllegalArgumentException("cannot allocate " + total + " over weights that sum to zero");
        }
        long[] parts = new long[weights.length];
        long[] remainders = new long[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            // total × weight may not fit in a long, so the product is taken in 128 bits.
            long hi = Math.multiplyHigh(total, weights[i]);
            long lo = total * weights[i];
            long[] qr = divide128(hi, lo, sum);
            parts[i] = qr[0];
            remainders[i] = qr[1];
            given += parts[i];
        }
        long left = total - given;
        Integer[] order = IntStream.range(0, weights.length).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, Comparator
                .comparingLong((Integer i) -> remainders[i]).reversed()
                .thenComparing(Comparator.comparingLong((Integer i) -> weights[i]).reversed())
                .thenComparingInt(i -> i));
        for (int k = 0; k < left; k++) {
            parts[order[k]]++;
        }
        return parts;
    }

    /** Unsigned 128-bit (hi, lo) divided by a positive long; the quotient must fit in a long. */
    private static long[] divide128(long hi, long lo, long divisor) {
        if (hi == 0 && lo >= 0) {
            return new long[] {lo / divisor, lo % divisor};
        }
        java.math.BigInteger dividend = java.math.BigInteger.valueOf(hi).shiftLeft(64)
                .add(new java.math.BigInteger(Long.toUnsignedString(lo)));
        java.math.BigInteger[] qr = dividend.divideAndRemainder(java.math.BigInteger.valueOf(divisor));
        return new long[] {qr[0].longValueExact(), qr[1].longValueExact()};
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " vs " + other.currency);
        }
    }

    @Override
    public String toString() {
        return amount + " " + currency.getCurrencyCode();
    }
}
