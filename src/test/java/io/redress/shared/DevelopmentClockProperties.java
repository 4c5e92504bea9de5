package io.redress.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class DevelopmentClockProperties {

    final Clock frozen = Clock.fixed(Instant.parse("2026-11-11T00:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Property(tries = 50)
    void concurrentAdvancesAddUpExactly(@ForAll @Size(min = 1, max = 40) List<@LongRange(min = 1, max = 100_000) Long> seconds)
            throws InterruptedException {
        DevelopmentClock clock = new DevelopmentClock(frozen);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        seconds.forEach(s -> pool.submit(() -> clock.advance(Duration.ofSeconds(s))));
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        long total = seconds.stream().mapToLong(Long::longValue).sum();
        assertThat(clock.offset()).isEqualTo(Duration.ofSeconds(total));
        assertThat(clock.instant()).isEqualTo(frozen.instant().plusSeconds(total));
    }

    @Property
    void anAdvanceReportsWhereTheClockWasAndWhereItIs(@ForAll @LongRange(min = 1, max = 10_000_000) long first,
            @ForAll @LongRange(min = 1, max = 10_000_000) long second) {
        DevelopmentClock clock = new DevelopmentClock(frozen);
        clock.advance(Duration.ofSeconds(first));
        ClockAdvanced advanced = clock.advance(Duration.ofSeconds(second));
        assertThat(advanced.from()).isEqualTo(frozen.instant().plusSeconds(first));
        assertThat(advanced.to()).isEqualTo(clock.instant());
    }

    @Property
    void theClockNeverMovesBackwards(@ForAll @LongRange(min = -10_000_000, max = 0) long seconds) {
        DevelopmentClock clock = new DevelopmentClock(frozen);
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(seconds))).isInstanceOf(IllegalArgumentException.class);
        assertThat(clock.instant()).isEqualTo(frozen.instant());
    }

    @Property(tries = 10)
    void anotherZoneSeesTheSameMovingClock(@ForAll @LongRange(min = 1, max = 10_000_000) long seconds) {
        DevelopmentClock clock = new DevelopmentClock(frozen);
        Clock utc = clock.withZone(ZoneId.of("UTC"));
        clock.advance(Duration.ofSeconds(seconds));
        assertThat(utc.instant()).isEqualTo(clock.instant());
        assertThat(utc.getZone()).isEqualTo(ZoneId.of("UTC"));
    }
}
