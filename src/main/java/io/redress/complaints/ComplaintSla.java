package io.redress.complaints;

import io.redress.deadlines.ClockKind;
import io.redress.deadlines.DueTimes;
import io.redress.policy.ServiceRules;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The complaint SLA of a policy version's {@link ServiceRules}: acknowledged within
 * {@code complaintAcknowledgeWithin} (calendar time, by default 24 h), resolved within
 * {@code complaintResolveWorkingDays} working days of filing (by default 7), on the working-day clock of the deadlines
 * module (its holiday calendar).
 */
@Component
public class ComplaintSla {

    private final DueTimes dueTimes;

    ComplaintSla(DueTimes dueTimes) {
        this.dueTimes = dueTimes;
    }

    public Instant acknowledgeDue(ServiceRules rules, Instant filedAt) {
        return dueTimes.dueAt(filedAt, rules.complaintAcknowledgeWithin(), ClockKind.CALENDAR);
    }

    public Instant resolveDue(ServiceRules rules, Instant filedAt) {
        return dueTimes.dueAt(filedAt, Duration.ofDays(rules.complaintResolveWorkingDays()), ClockKind.WORKING_DAYS);
    }
}
