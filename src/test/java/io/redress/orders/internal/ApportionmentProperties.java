package io.redress.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.Draw;
import io.redress.Tries;
import io.redress.orders.DiscountKind;
import io.redress.orders.DiscountShare;
import io.redress.orders.Funder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApportionmentProperties {

    /** Lines and discounts that a valid order could carry: no discount larger than what its lines can still give. */
    record Scenario(List<Apportionment.Line> lines, List<Apportionment.Source> discounts) {
    }

    record Spec(DiscountKind kind, Funder funder, int permille, int mask) {
    }

    /** 1–12 lines of small or large amounts and up to six discounts, each over a non-empty subset of them. */
    static Scenario order(Random random) {
        List<Long> amounts = Draw.list(random, 1, 12, r -> r.nextBoolean() ? Draw.between(r, 0L, 10L)
                : Draw.between(r, 0L, 50_000_000L));
        List<Spec> specs = Draw.list(random, 0, 6, r -> new Spec(Draw.oneOf(r, DiscountKind.class),
                Draw.oneOf(r, Funder.class), Draw.between(r, 0, 1000), Draw.between(r, 1, (1 << amounts.size()) - 1)));
        return scenario(amounts, specs);
    }

    private static Scenario scenario(List<Long> amounts, List<Spec> specs) {
        List<Apportionment.Line> lines = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            lines.add(new Apportionment.Line("L" + i, amounts.get(i)));
        }
        List<Apportionment.Source> unsized = new ArrayList<>();
        for (int d = 0; d < specs.size(); d++) {
            Set<String> appliesTo = new LinkedHashSet<>();
            for (int i = 0; i < amounts.size(); i++) {
                if ((specs.get(d).mask() & (1 << i)) != 0) {
                    appliesTo.add("L" + i);
                }
            }
            unsized.add(new Apportionment.Source("D" + d, specs.get(d).kind(), 0, specs.get(d).funder(), appliesTo));
        }
        // Earlier discounts take at most their own amount from any set of lines, so this bound is always affordable.
        List<Apportionment.Source> inApplyingOrder = unsized.stream()
                .sorted(Comparator.comparing(Apportionment.Source::kind).thenComparing(Apportionment.Source::discountId)).toList();
        Map<String, Long> amountOf = new HashMap<>();
        lines.forEach(line -> amountOf.put(line.lineId(), line.amount()));
        List<Apportionment.Source> sized = new ArrayList<>();
        long taken = 0;
        for (Apportionment.Source source : inApplyingOrder) {
            long lineTotal = source.appliesTo().stream().mapToLong(amountOf::get).sum();
            long bound = Math.max(0, lineTotal - taken);
            int permille = specs.get(Integer.parseInt(source.discountId().substring(1))).permille();
            long amount = bound * permille / 1000;
            taken += amount;
            sized.add(new Apportionment.Source(source.discountId(), source.kind(), amount, source.fundedBy(), source.appliesTo()));
        }
        return new Scenario(lines, sized);
    }

    @Test
    void eachDiscountsSharesSumExactlyToIt() {
        Tries.forAll(3000, ApportionmentProperties::order, order -> {
            Map<String, List<DiscountShare>> shares = Apportionment.apportion(order.lines(), order.discounts());
            for (Apportionment.Source discount : order.discounts()) {
                long sum = shares.values().stream().flatMap(List::stream)
                        .filter(share -> share.discountId().equals(discount.discountId())).mapToLong(DiscountShare::amount).sum();
                assertThat(sum).isEqualTo(discount.amount());
            }
        });
    }

    @Test
    void noShareIsNegativeAndOnlyItsLinesShareADiscount() {
        Tries.forAll(3000, ApportionmentProperties::order, order -> {
            Map<String, List<DiscountShare>> shares = Apportionment.apportion(order.lines(), order.discounts());
            Map<String, Apportionment.Source> byId = new HashMap<>();
            order.discounts().forEach(discount -> byId.put(discount.discountId(), discount));
            shares.forEach((lineId, lineShares) -> lineShares.forEach(share -> {
                assertThat(share.amount()).isNotNegative();
                assertThat(byId.get(share.discountId()).appliesTo()).contains(lineId);
            }));
        });
    }

    @Test
    void noLineIsDiscountedBeyondItsAmount() {
        Tries.forAll(3000, ApportionmentProperties::order, order -> {
            Map<String, List<DiscountShare>> shares = Apportionment.apportion(order.lines(), order.discounts());
            for (Apportionment.Line line : order.lines()) {
                long discounted = shares.get(line.lineId()).stream().mapToLong(DiscountShare::amount).sum();
                assertThat(discounted).isLessThanOrEqualTo(line.amount());
            }
        });
    }

    @Test
    void theSameOrderAlwaysGivesTheSameShares() {
        Tries.forAll(1000, ApportionmentProperties::order, order -> {
            assertThat(Apportionment.apportion(order.lines(), order.discounts()))
                    .isEqualTo(Apportionment.apportion(order.lines(), order.discounts()));
        });
    }

    record Shuffled(Scenario order, long seed) {
    }

    @Test
    void sharesDoNotDependOnTheOrderOfLinesOrDiscounts() {
        Tries.forAll(3000, random -> new Shuffled(order(random), Draw.anyLong(random)), shuffled -> {
            Scenario order = shuffled.order();
            long seed = shuffled.seed();
            List<Apportionment.Line> lines = new ArrayList<>(order.lines());
            List<Apportionment.Source> discounts = new ArrayList<>(order.discounts());
            Collections.shuffle(lines, new Random(seed));
            Collections.shuffle(discounts, new Random(~seed));
            assertThat(Apportionment.apportion(lines, discounts))
                    .isEqualTo(Apportionment.apportion(order.lines(), order.discounts()));
        });
    }
}
