package io.redress.identity.internal;

import java.time.Clock;
import java.time.Instant;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets throttle counters once their window and wait are over, and client addresses an account has not signed in
 * from for redress.auth.sign-in.known-client-for, so that guesses at made-up usernames do not fill the table.
 * Every instance runs it; the deletes are idempotent.
 */
@Component
class SignInThrottleRetention {

    private final SignInThrottleRows rows;
    private final SignInProperties limits;
    private final Clock clock;

    SignInThrottleRetention(SignInThrottleRows rows, SignInProperties limits, Clock clock) {
        this.rows = rows;
        this.limits = limits;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${redress.auth.sign-in.prune-every:PT5M}", initialDelayString = "PT1M")
    int forgetSettled() {
        Instant now = clock.instant();
        return rows.prune(now.minus(limits.window()), now.minus(limits.knownClientFor()));
    }
}
