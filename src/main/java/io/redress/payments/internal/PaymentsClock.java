package io.redress.payments.internal;

import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The application's Clock bean when there is one (the development offset clock), else the system clock. */
@Component
class PaymentsClock {

    private final ObjectProvider<Clock> clock;

    PaymentsClock(ObjectProvider<Clock> clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.getIfAvailable(Clock::systemUTC).instant();
    }
}
