package io.redress.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class MoneyProperties {

    @Provide
    Arbitrary<long[]> weights() {
        Arbitrary<Long> small = Arbitraries.longs().between(0, 5);
        Arbitrary<Long> large = Arbitraries.longs().between(0, 1_000_000_000_000L);
        return Arbitraries.oneOf(small, large).list().ofMinSize(1).ofMaxSize(40)
                .map(list -> list.stream().mapToLong(Long::longValue).toArray())
                .filter(array -> Arrays.stream(array).anyMatch(w -> w > 0));
    }

    @Property(tries = 3000)
    void partsSumExactlyToTheTotal(@ForAll @LongRange(max = 1_000_000_000_000_000L) long total,
            @ForAll("weights") long[] weights) {
        long[] parts = Money.allocate(total, weights);
        assertThat(Arrays.stream(parts).sum()).isEqualTo(total);
    }

    @Property(tries = 3000)
    void noPartIsNegative(@ForAll @LongRange(max = 1_000_000_000_000_000L) long total, @ForAll("weights") long[] weights) {
        assertThat(Arrays.stream(Money.allocate(total, weights)).boxed().toList()).allMatch(part -> part >= 0);
    }

    @Property(tries = 3000)
    void eachPartIsWithinOneFenOfItsExactProportionalShare(@ForAll @LongRange(max = 1_000_000_000_000_000L) long total,
            @ForAll("weights") long[] weights) {
        long[] parts = Money.allocate(total, weights);
        BigInteger sum = BigInteger.valueOf(Arrays.stream(weights).sum());
        for (int i = 0; i < parts.length; i++) {
            // |part − total·w/sum| < 1  ⇔  |part·sum − total·w| < sum
            BigInteger error = BigInteger.valueOf(parts[i]).multiply(sum)
                    .subtract(BigInteger.valueOf(total).multiply(BigInteger.valueOf(weights[i]))).abs();
            assertThat(error).isLessThan(sum);
        }
    }

    @Property(tries = 1000)
    void zeroWeightsGetNothing(@ForAll @LongRange(max = 1_000_000_000L) long total, @ForAll("weights") long[] weights) {
        long[] parts = Money.allocate(total, weights);
        for (int i = 0; i < parts.length; i++) {
            if (weights[i] == 0) {
                assertThat(parts[i]).isZero();
            }
        }
    }

    @Property(tries = 1000)
    void theSameInputAlwaysGivesTheSameParts(@ForAll @LongRange(max = 1_000_000_000_000L) long total,
            @ForAll("weights") long[] weights) {
        assertThat(Money.allocate(total, weights.clone())).containsExactly(Money.allocate(total, weights.clone()));
    }

    @Property(tries = 3000)
    void permutingTheWeightsPermutesThePartsExceptAmongEqualWeights(
            @ForAll @LongRange(max = 1_000_000_000_000L) long total, @ForAll("weights") long[] weights, @ForAll long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        long[] permuted = new long[weights.length];
        for (int i = 0; i < weights.length; i++) {
            permuted[i] = weights[order.get(i)];
        }
        long[] parts = Money.allocate(total, weights);
        long[] permutedParts = Money.allocate(total, permuted);

        Map<Long, List<Long>> byWeight = new TreeMap<>();
        Map<Long, List<Long>> byWeightPermuted = new TreeMap<>();
        for (int i = 0; i < weights.length; i++) {
            byWeight.computeIfAbsent(weights[i], w -> new ArrayList<>()).add(parts[i]);
            byWeightPermuted.computeIfAbsent(permuted[i], w -> new ArrayList<>()).add(permutedParts[i]);
        }
        byWeight.values().forEach(Collections::sort);
        byWeightPermuted.values().forEach(Collections::sort);
        assertThat(byWeightPermuted).isEqualTo(byWeight);
        for (int i = 0; i < weights.length; i++) {
            long weight = permuted[i];
            if (Arrays.stream(weights).filter(w -> w == weight).count() == 1) {
                assertThat(permutedParts[i]).isEqualTo(parts[order.get(i)]);
            }
        }
    }

    @Property(tries = 500)
    void aNegativeTotalSplitsAsTheMirrorOfItsPositive(@ForAll @LongRange(min = 1, max = 1_000_000_000L) long total,
            @ForAll("weights") long[] weights) {
        long[] positive = Money.allocate(total, weights);
        long[] negative = Money.allocate(-total, weights);
        for (int i = 0; i < positive.length; i++) {
            assertThat(negative[i]).isEqualTo(-positive[i]);
        }
    }
}
