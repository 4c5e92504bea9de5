package io.redress.complaints.internal;

import io.redress.complaints.Complaints;
import io.redress.deadlines.DeadlineExpired;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A complaint's SLA deadline ran out: escalate it (deadlines of cases are not ours and are left alone). */
@Component
class ComplaintExpiries {

    private static final String PREFIX = "complaint:";

    private final Complaints complaints;

    ComplaintExpiries(Complaints complaints) {
        this.complaints = complaints;
    }

    // the condition is checked before the event registry stores a publication: other subjects' expiries cost nothing here
    @ApplicationModuleListener(condition = "#p0.caseId().startsWith('complaint:')")
    void on(DeadlineExpired expired) {
        if (expired.caseId().startsWith(PREFIX)) {
            complaints.breached(expired.caseId().substring(PREFIX.length()), expired.timerId());
        }
    }
}
