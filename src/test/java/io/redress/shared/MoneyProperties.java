package io.redress.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.Draw;
import io.redress.Tries;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MoneyProperties {

    /** A total to split and 1–40 weights, at least one of them positive; {@code seed} shuffles them. */
    record Split(long total, long[] weights, long seed) {
        @Override
        public String toString() {
            return "Split[total=" + total + ", weights=" + Arrays.toString(weights) + ", seed=" + seed + "]";
        }
    }

    static Split split(Random random, long minTotal, long maxTotal) {
        long[] weights;
        do {
            weights = Draw.list(random, 1, 40, r -> r.nextBoolean() ? Draw.between(r, 0L, 5L)
                    : Draw.between(r, 0L, 1_000_000_000_000L)).stream().mapToLong(Long::longValue).toArray();
        } while (Arrays.stream(weights).noneMatch(w -> w > 0));
        return new Split(Draw.between(random, minTotal, maxTotal), weights, random.nextLong());
    }

    @Test
    void partsSumExactlyToTheTotal() {
        Tries.forAll(3000, random -> split(random, 0L, 1_000_000_000_000_000L), split -> {
            long total = split.total();
            long[] weights = split.weights();
            long[] parts = Money.allocate(total, weights);
            assertThat(Arrays.stream(parts).sum()).isEqualTo(total);
        });
    }

    @Test
    void noPartIsNegative() {
        Tries.forAll(3000, random -> split(random, 0L, 1_000_000_000_000_000L), split -> {
            long total = split.total();
            long[] weights = split.weights();
            assertThat(Arrays.stream(Money.allocate(total, weights)).boxed().toList()).allMatch(part -> part >= 0);
        });
    }

    @Test
    void eachPartIsWithinOneFenOfItsExactProportionalShare() {
        Tries.forAll(3000, random -> split(random, 0L, 1_000_000_000_000_000L), split -> {
            long total = split.total();
            long[] weights = split.weights();
            long[] parts = Money.allocate(total, weights);
            BigInteger sum = BigInteger.valueOf(Arrays.stream(weights).sum());
            for (int i = 0; i < parts.length; i++) {
                // |part − total·w/sum| < 1  ⇔  |part·sum − total·w| < sum
                BigInteger error = BigInteger.valueOf(parts[i]).multiply(sum)
                        .subtract(BigInteger.valueOf(total).multiply(BigInteger.valueOf(weights[i]))).abs();
                assertThat(error).isLessThan(sum);
            }
        });
    }

    @Test
    void zeroWeightsGetNothing() {
        Tries.forAll(1000, random -> split(random, 0L, 1_000_000_000L), split -> {
            long total = split.total();
            long[] weights = split.weights();
            long[] parts = Money.allocate(total, weights);
            for (int i = 0; i < parts.length; i++) {
                if (weights[i] == 0) {
                    assertThat(parts[i]).isZero();
                }
            }
        });
    }

    @Test
    void theSameInputAlwaysGivesTheSameParts() {
        Tries.forAll(1000, random -> split(random, 0L, 1_000_000_000_000L), split -> {
            long total = split.total();
            long[] weights = split.weights();
            assertThat(Money.allocate(total, weights.clone())).containsExactly(Money.allocate(total, weights.clone()));
        });
    }

    @Test
    void permutingTheWeightsPermutesThePartsExceptAmongEqualWeights() {
        Tries.forAll(3000, random -> split(random, 0L, 1_000_000_000_000L), split -> {
            long total = split.total();
            long[] weights = split.weights();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < weights.length; i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(split.seed()));
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
        });
    }

    @Test
    void aNegativeTotalSplitsAsTheMirrorOfItsPositive() {
        Tries.forAll(500, random -> split(random, 1L, 1_000_000_000L), split -> {
            long total = split.total();
            long[] weights = split.weights();
            long[] positive = Money.allocate(total, weights);
            long[] negative = Money.allocate(-total, weights);
            for (int i = 0; i < positive.length; i++) {
                assertThat(negative[i]).isEqualTo(-positive[i]);
            }
        });
    }
}
