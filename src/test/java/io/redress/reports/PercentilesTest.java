package io.redress.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.Draw;
import io.redress.Tries;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOfTenValues() {
        Percentiles p = Percentiles.of(new long[] {70, 10, 100, 20, 30, 40, 50, 60, 80, 90});

        assertThat(p.at(50)).isEqualTo(50);
        assertThat(p.at(90)).isEqualTo(90);
        assertThat(p.at(99)).isEqualTo(100);
        assertThat(p.at(100)).isEqualTo(100);
        assertThat(p.at(1)).isEqualTo(10);
    }

    @Test
    void oneValueIsEveryPercentileAndNoValueIsNone() {
        assertThat(Percentiles.of(new long[] {7}).at(1)).isEqualTo(7);
        assertThat(Percentiles.of(new long[] {7}).at(99)).isEqualTo(7);
        assertThat(Percentiles.of(new long[0]).at(50)).isNull();
        assertThatThrownBy(() -> Percentiles.of(new long[] {1}).at(0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The definition itself: at least p % of the values are at or below it, fewer than p % strictly below it. */
    @Test
    void thePercentileIsTheSmallestValueWithAtLeastPPercentAtOrBelowIt() {
        Tries.forAll(500, random -> List.of(Draw.list(random, 1, 200, r -> Draw.between(r, 0L, 1_000L)),
                List.of((long) Draw.between(random, 1, 100))), input -> {
            long[] values = input.get(0).stream().mapToLong(Long::longValue).toArray();
            int p = input.get(1).get(0).intValue();
            long v = Percentiles.of(values).at(p);
            long atOrBelow = input.get(0).stream().filter(x -> x <= v).count();
            long below = input.get(0).stream().filter(x -> x < v).count();
            assertThat(atOrBelow * 100).isGreaterThanOrEqualTo((long) p * values.length);
            assertThat(below * 100).isLessThan((long) p * values.length);
            assertThat(input.get(0)).contains(v);
        });
    }
}
