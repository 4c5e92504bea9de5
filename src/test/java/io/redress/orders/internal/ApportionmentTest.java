package io.redress.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.orders.DiscountKind;
import io.redress.orders.DiscountShare;
import io.redress.orders.Funder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApportionmentTest {

    static final List<Apportionment.Line> LINES = List.of(
            new Apportionment.Line("A", 7980), new Apportionment.Line("B", 12900), new Apportionment.Line("C", 4650));
    static final Set<String> ALL = Set.of("A", "B", "C");

    @Test
    void reproducesTheWorkedExampleOfDomainSection63() {
        Map<String, List<DiscountShare>> shares = Apportionment.apportion(LINES, List.of(
                new Apportionment.Source("POINTS-1", DiscountKind.POINTS, 500, Funder.PLATFORM, ALL),
                new Apportionment.Source("PC-1", DiscountKind.PLATFORM_COUPON, 1500, Funder.PLATFORM, ALL),
                new Apportionment.Source("MJ-1", DiscountKind.FULL_REDUCTION, 2000, Funder.SELLER, ALL)));

        assertThat(amounts(shares.get("A"))).containsExactly(625L, 469L, 156L);
        assertThat(amounts(shares.get("B"))).containsExactly(1011L, 758L, 253L);
        assertThat(amounts(shares.get("C"))).containsExactly(364L, 273L, 91L);
        assertThat(paid(7980, shares.get("A"))).isEqualTo(6730);
        assertThat(paid(12900, shares.get("B"))).isEqualTo(10878);
        assertThat(paid(4650, shares.get("C"))).isEqualTo(3922);
    }

    @Test
    void aLeftoverFenBetweenEqualRemaindersGoesToTheLargerBaseThenTheSmallerLineId() {
        // 2 fen over bases 1 and 3: exact 0.5 and 1.5, equal remainders, so the larger base takes the leftover.
        Map<String, List<DiscountShare>> byBase = Apportionment.apportion(
                List.of(new Apportionment.Line("A", 1), new Apportionment.Line("B", 3)),
                List.of(new Apportionment.Source("D", DiscountKind.SHOP_COUPON, 2, Funder.SELLER, Set.of("A", "B"))));
        assertThat(amounts(byBase.get("A"))).containsExactly(0L);
        assertThat(amounts(byBase.get("B"))).containsExactly(2L);
        // 1 fen over equal bases, listed Z first: the smaller lineId takes it.
        Map<String, List<DiscountShare>> byId = Apportionment.apportion(
                List.of(new Apportionment.Line("Z", 1), new Apportionment.Line("Y", 1)),
                List.of(new Apportionment.Source("D", DiscountKind.SHOP_COUPON, 1, Funder.SELLER, Set.of("Y", "Z"))));
        assertThat(amounts(byId.get("Y"))).containsExactly(1L);
        assertThat(amounts(byId.get("Z"))).containsExactly(0L);
    }

    @Test
    void linesADiscountDoesNotApplyToGetNoShareOfIt() {
        Map<String, List<DiscountShare>> shares = Apportionment.apportion(LINES, List.of(
                new Apportionment.Source("D", DiscountKind.SHOP_COUPON, 100, Funder.SELLER, Set.of("A", "C"))));
        assertThat(shares.get("B")).isEmpty();
        assertThat(amounts(shares.get("A")).get(0) + amounts(shares.get("C")).get(0)).isEqualTo(100);
    }

    @Test
    void aDiscountLargerThanWhatItsLinesStillHaveIsRefused() {
        assertThatThrownBy(() -> Apportionment.apportion(LINES, List.of(
                new Apportionment.Source("BIG", DiscountKind.SHOP_COUPON, 4000, Funder.SELLER, Set.of("C")),
                new Apportionment.Source("NEXT", DiscountKind.POINTS, 700, Funder.PLATFORM, Set.of("C")))))
                .isInstanceOfSatisfying(Apportionment.DiscountExceedsLines.class, e -> {
                    assertThat(e.discountId()).isEqualTo("NEXT");
                    assertThat(e.available()).isEqualTo(650);
                });
    }

    static List<Long> amounts(List<DiscountShare> shares) {
        return shares.stream().map(DiscountShare::amount).toList();
    }

    static long paid(long amount, List<DiscountShare> shares) {
        return amount - shares.stream().mapToLong(DiscountShare::amount).sum();
    }
}
