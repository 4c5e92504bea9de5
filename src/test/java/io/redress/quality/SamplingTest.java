package io.redress.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.Tries;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The quality sample: reproducible per ruling, at the policy's rate, hidden without the key. */
class SamplingTest {

    private static final int RULINGS = 20_000;

    record Draw(byte[] key, int percent, List<String> rulingIds) {
        @Override
        public String toString() {
            return "key " + new String(key, StandardCharsets.ISO_8859_1).hashCode() + ", " + percent + "%, "
                    + rulingIds.size() + " rulings";
        }
    }

    @Test
    void theSampledShareIsCloseToTheRateAndEachRulingAlwaysGetsTheSameAnswer() {
        Tries.forAll(20, SamplingTest::draw, draw -> {
            Sampling sampling = new Sampling(draw.key());
            Sampling again = new Sampling(draw.key().clone());
            int sampled = 0;
            for (String id : draw.rulingIds()) {
                boolean in = sampling.sampled(id, draw.percent());
                assertThat(sampling.sampled(id, draw.percent())).isEqualTo(in);
                assertThat(again.sampled(id, draw.percent())).isEqualTo(in);
                sampled += in ? 1 : 0;
            }
            double p = draw.percent() / 100.0;
            double share = (double) sampled / RULINGS;
            // five standard deviations of the binomial share: a correct sampler fails this about once in 3.5 million
            double tolerance = 5 * Math.sqrt(p * (1 - p) / RULINGS);
            assertThat(share).isBetween(p - tolerance, p + tolerance);
        });
    }

    @Test
    void aHigherRateKeepsEveryRulingALowerOneSampledAndTheEndsAreNoneAndAll() {
        Tries.forAll(20, SamplingTest::draw, draw -> {
            Sampling sampling = new Sampling(draw.key());
            for (String id : draw.rulingIds().subList(0, 2_000)) {
                if (sampling.sampled(id, draw.percent())) {
                    assertThat(sampling.sampled(id, draw.percent() + 1)).isTrue();
                }
                assertThat(sampling.sampled(id, 0)).isFalse();
                assertThat(sampling.sampled(id, 100)).isTrue();
            }
        });
    }

    @Test
    void anotherKeyDrawsAnotherSample() {
        Tries.forAll(10, SamplingTest::draw, draw -> {
            byte[] otherKey = draw.key().clone();
            otherKey[0] ^= 1;
            Sampling sampling = new Sampling(draw.key());
            Sampling other = new Sampling(otherKey);
            long differing = draw.rulingIds().stream().limit(2_000)
                    .filter(id -> sampling.sampled(id, 50) != other.sampled(id, 50)).count();
            // independent draws at 50 % differ on about half the rulings
            assertThat(differing).isBetween(800L, 1_200L);
        });
    }

    private static Draw draw(Random random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        List<String> ids = new ArrayList<>(RULINGS);
        for (int i = 0; i < RULINGS; i++) {
            ids.add("C-" + new UUID(random.nextLong(), random.nextLong()));
        }
        return new Draw(key, 1 + random.nextInt(98), ids);
    }
}
