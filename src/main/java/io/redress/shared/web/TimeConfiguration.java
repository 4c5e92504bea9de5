package io.redress.shared.web;

import io.redress.shared.DevelopmentClock;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/** The application's one Clock, in the marketplace's zone; movable (offset mode) only outside production. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    enum Mode { SYSTEM, OFFSET }

    @Bean
    Clock clock(@Value("${redress.clock.mode:system}") String mode, @Value("${redress.zone:Asia/Shanghai}") ZoneId zone,
            Environment environment) {
        // The databases keep microseconds: a clock that ticks in microseconds makes what a transaction remembers of
        // a row equal to what it stored, rather than a rounding apart.
        Clock system = Clock.tick(Clock.system(zone), java.time.Duration.ofNanos(1_000));
        return switch (parse(mode)) {
            case SYSTEM -> system;
            case OFFSET -> {
                if (environment.acceptsProfiles(Profiles.of("prod"))) {
                    throw new IllegalStateException("redress.clock.mode=offset is not allowed in the prod profile");
                }
                yield new DevelopmentClock(system);
            }
        };
    }

    private static Mode parse(String mode) {
        try {
            return Mode.valueOf(mode.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("redress.clock.mode must be system or offset, not " + mode, e);
        }
    }
}
