package io.redress.intervention.internal;

import io.redress.deadlines.DeadlineExpired;
import io.redress.intervention.Interventions;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Applies an expired dispute timer (a deadline whose subject is {@code <caseId>#<timer>}) as SYSTEM; the case's
 * own deadlines are aftersale's. Redelivery is harmless: an expiry that no longer fits the dispute does nothing.
 */
@Component
class DisputeExpiries {

    private final Interventions interventions;

    DisputeExpiries(Interventions interventions) {
        this.interventions = interventions;
    }

    // the condition is checked before the event registry stores a publication: other subjects' expiries cost nothing
    // here (a dispute timer's subject is the case id, '#', the timer)
    @ApplicationModuleListener(condition = "#p0.caseId().contains('#')")
    void on(DeadlineExpired expired) {
        DisputeTimers.caseOf(expired.caseId()).ifPresent(caseId -> interventions.expire(caseId, expired.timerId()));
    }
}
