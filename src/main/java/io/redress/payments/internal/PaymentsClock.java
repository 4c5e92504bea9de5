package io.redress.payments.internal;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Time for refund execution: the application clock, so the development clock offset moves reconciliation too. */
@Component
class PaymentsClock {

    private final Clock clock;

    PaymentsClock(Clock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }
}
