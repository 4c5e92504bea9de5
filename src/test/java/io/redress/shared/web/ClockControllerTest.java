package io.redress.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.shared.ConflictingState;
import io.redress.shared.DevelopmentClock;
import io.redress.shared.InvalidRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

class ClockControllerTest {

    final List<Object> published = new ArrayList<>();
    final ApplicationEventPublisher events = published::add;

    @Test
    void theSystemClockCannotBeMoved() {
        var controller = new ClockController(Clock.system(ZoneId.of("Asia/Shanghai")), events);
        assertThatThrownBy(() -> controller.advance(new ClockController.Advance(Duration.ofHours(25))))
                .isInstanceOf(ConflictingState.class)
                .satisfies(e -> assertThat(((ConflictingState) e).getStatusCode().value()).isEqualTo(409));
        assertThat(published).isEmpty();
    }

    @Test
    void theSystemClockReportsSystemModeWithoutOffset() {
        var state = new ClockController(Clock.system(ZoneId.of("Asia/Shanghai")), events).state();
        assertThat(state.mode()).isEqualTo("system");
        assertThat(state.offset()).isZero();
        assertThat(state.now().getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
    }

    @Test
    void anAbsurdAdvanceIsRefusedNamingTheDurationAndMovesNothing() {
        var clock = new DevelopmentClock(Clock.system(ZoneId.of("Asia/Shanghai")));
        var controller = new ClockController(clock, events);
        for (Duration absurd : List.of(Duration.ofDays(3651), Duration.ofHours(2562047788015215L), Duration.ofSeconds(Long.MAX_VALUE))) {
            assertThatThrownBy(() -> controller.advance(new ClockController.Advance(absurd)))
                    .isInstanceOfSatisfying(InvalidRequest.class,
                            e -> assertThat(e.errors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("duration")));
        }
        assertThat(published).isEmpty();
        assertThat(clock.offset()).isZero();
        assertThat(controller.advance(new ClockController.Advance(Duration.ofDays(3650))).offset()).isEqualTo(Duration.ofDays(3650));
    }
}
