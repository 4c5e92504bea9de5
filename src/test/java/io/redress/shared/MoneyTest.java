package io.redress.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void allocateGivesLeftoverFenToLargestRemainders() {
        // docs/amounts.md: the shop coupon 2000 over 7980 / 12900 / 4650
        assertThat(Money.allocate(2000, new long[] {7980, 12900, 4650})).containsExactly(625, 1011, 364);
        assertThat(Money.allocate(1500, new long[] {7355, 11889, 4286})).containsExactly(469, 758, 273);
        assertThat(Money.allocate(500, new long[] {6886, 11131, 4013})).containsExactly(156, 253, 91);
    }

    @Test
    void allocateBreaksEqualRemaindersByLargerWeightThenEarlierIndex() {
        assertThat(Money.allocate(1, new long[] {1, 1, 1})).containsExactly(1, 0, 0);
        assertThat(Money.allocate(2, new long[] {1, 2, 1})).containsExactly(1, 1, 0);
        assertThat(Money.allocate(1, new long[] {1, 2, 2})).containsExactly(0, 1, 0);
        assertThat(Money.allocate(2, new long[] {1, 3})).containsExactly(0, 2);
    }

    @Test
    void allocateHandlesProductsBeyondLongRange() {
        long[] parts = Money.allocate(Long.MAX_VALUE / 2, new long[] {Long.MAX_VALUE / 4, Long.MAX_VALUE / 4});
        assertThat(parts[0] + parts[1]).isEqualTo(Long.MAX_VALUE / 2);
    }

    @Test
    void arithmeticRefusesMixedCurrenciesAndOverflow() {
        assertThatThrownBy(() -> Money.of(1, "CNY").plus(Money.of(1, "USD"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "CNY").plus(Money.of(1, "CNY"))).isInstanceOf(ArithmeticException.class);
        assertThat(Money.of(5, "CNY").minus(Money.of(7, "CNY")).negate()).isEqualTo(Money.of(2, "CNY"));
    }
}
