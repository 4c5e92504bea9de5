package io.redress.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.Draw;
import io.redress.Tries;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DevelopmentClockProperties {

    final Clock frozen = Clock.fixed(Instant.parse("2026-11-11T00:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void concurrentAdvancesAddUpExactly() {
        Tries.forAll(50, random -> Draw.list(random, 1, 40, r -> Draw.between(r, 1L, 100_000L)), this::advancesAddUp);
    }

    private void advancesAddUp(List<Long> seconds) throws InterruptedException {
        DevelopmentClock clock = new DevelopmentClock(frozen);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        seconds.forEach(s -> pool.submit(() -> clock.advance(Duration.ofSeconds(s))));
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        long total = seconds.stream().mapToLong(Long::longValue).sum();
        assertThat(clock.offset()).isEqualTo(Duration.ofSeconds(total));
        assertThat(clock.instant()).isEqualTo(frozen.instant().plusSeconds(total));
    }

    record TwoAdvances(long first, long second) {
    }

    @Test
    void anAdvanceReportsWhereTheClockWasAndWhereItIs() {
        Tries.forAll(1000, random -> new TwoAdvances(Draw.between(random, 1L, 10_000_000L),
                Draw.between(random, 1L, 10_000_000L)), advances -> {
            DevelopmentClock clock = new DevelopmentClock(frozen);
            clock.advance(Duration.ofSeconds(advances.first()));
            ClockAdvanced advanced = clock.advance(Duration.ofSeconds(advances.second()));
            assertThat(advanced.from()).isEqualTo(frozen.instant().plusSeconds(advances.first()));
            assertThat(advanced.to()).isEqualTo(clock.instant());
        });
    }

    @Test
    void theClockNeverMovesBackwards() {
        Tries.forAll(1000, random -> Draw.between(random, -10_000_000L, 0L), seconds -> {
            DevelopmentClock clock = new DevelopmentClock(frozen);
            assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(seconds))).isInstanceOf(IllegalArgumentException.class);
            assertThat(clock.instant()).isEqualTo(frozen.instant());
        });
    }

    @Test
    void anotherZoneSeesTheSameMovingClock() {
        Tries.forAll(10, random -> Draw.between(random, 1L, 10_000_000L), seconds -> {
            DevelopmentClock clock = new DevelopmentClock(frozen);
            Clock utc = clock.withZone(ZoneId.of("UTC"));
            clock.advance(Duration.ofSeconds(seconds));
            assertThat(utc.instant()).isEqualTo(clock.instant());
            assertThat(utc.getZone()).isEqualTo(ZoneId.of("UTC"));
        });
    }
}
