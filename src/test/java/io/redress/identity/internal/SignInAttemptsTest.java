package io.redress.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInAttemptsTest {

    Instant now = Instant.parse("2026-11-26T04:00:00Z");
    final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    };
    final SignInAttempts attempts = new SignInAttempts(clock);

    @Test
    void fifthFailureWithinTheWindowBlocksTheUsernameUntilTheFirstAgesOut() {
        for (int i = 0; i < SignInAttempts.MAX_FAILURES - 1; i++) {
            attempts.failed("buyer1");
            now = now.plusSeconds(60);
        }
        assertThat(attempts.blockedFor("buyer1")).isEmpty();
        attempts.failed("BUYER1");
        assertThat(attempts.blockedFor("buyer1")).contains(Duration.ofMinutes(11));
        now = now.plus(Duration.ofMinutes(11));
        assertThat(attempts.blockedFor("buyer1")).isEmpty();
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        for (int i = 0; i < SignInAttempts.MAX_FAILURES; i++) {
            attempts.failed("seller1");
            now = now.plus(Duration.ofMinutes(4));
        }
        assertThat(attempts.blockedFor("seller1")).isEmpty();
    }

    @Test
    void successForgetsEarlierFailuresAndOtherUsersAreUnaffected() {
        for (int i = 0; i < SignInAttempts.MAX_FAILURES - 1; i++) {
            attempts.failed("agent1");
        }
        attempts.succeeded("agent1");
        attempts.failed("agent1");
        assertThat(attempts.blockedFor("agent1")).isEmpty();
        assertThat(attempts.blockedFor("someone-else")).isEmpty();
    }
}
