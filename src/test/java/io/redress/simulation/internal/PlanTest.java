package io.redress.simulation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.simulation.Scenario;
import org.junit.jupiter.api.Test;

class PlanTest {

    private static Scenario scenario(long seed) {
        return new Scenario("plan", seed, null, 30, 500, null, null, null, null, null).validated();
    }

    @Test
    void theSameSeedDrawsTheSameMarketplaceAndAnotherSeedAnotherOne() {
        assertThat(Plan.of(scenario(42))).isEqualTo(Plan.of(scenario(42)));
        assertThat(Plan.of(scenario(43)).orders()).isNotEqualTo(Plan.of(scenario(42)).orders());
    }

    @Test
    void ordersArriveWithinTheFirstTwoThirdsAndRequestsFollowTheirStage() {
        Scenario s = scenario(7);
        Plan plan = Plan.of(s);
        var start = s.start().toInstant();
        assertThat(plan.orders()).hasSize(500).allSatisfy(o -> {
            assertThat(o.placedAt()).isBetween(start, start.plus(java.time.Duration.ofDays(20)));
            assertThat(o.shipAt()).isAfterOrEqualTo(o.placedAt());
            assertThat(o.signAt()).isAfter(o.shipAt());
            if (o.intent() != null) {
                switch (o.intent().stage()) {
                    case UNSHIPPED -> assertThat(o.intent().at()).isBetween(o.placedAt(), o.shipAt());
                    case IN_TRANSIT -> assertThat(o.intent().at()).isBetween(o.shipAt(), o.signAt());
                    default -> assertThat(o.intent().at()).isAfter(o.signAt());
                }
            }
        });
        long paidTotal = plan.orders().stream().mapToLong(o -> o.submission().payments().stream()
                .mapToLong(p -> p.amount()).sum()).sum();
        assertThat(paidTotal).isPositive();
    }
}
