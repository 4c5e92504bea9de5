package io.redress.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.shared.DevelopmentClock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class TimeConfigurationTest {

    final ZoneId shanghai = ZoneId.of("Asia/Shanghai");

    @Test
    void productionRefusesTheOffsetClock() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("postgres", "prod");
        assertThatThrownBy(() -> new TimeConfiguration().clock("offset", shanghai, prod))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("prod");
    }

    @Test
    void productionRunsOnTheSystemClock() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");
        assertThat(new TimeConfiguration().clock("system", shanghai, prod)).isNotInstanceOf(DevelopmentClock.class)
                .extracting(java.time.Clock::getZone).isEqualTo(shanghai);
    }

    @Test
    void offsetModeGivesAMovableClockInTheMarketplaceZone() {
        assertThat(new TimeConfiguration().clock("offset", shanghai, new MockEnvironment()))
                .isInstanceOf(DevelopmentClock.class).extracting(java.time.Clock::getZone).isEqualTo(shanghai);
    }

    @Test
    void unknownModeIsRefused() {
        assertThatThrownBy(() -> new TimeConfiguration().clock("fast", shanghai, new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("system or offset");
    }
}
