package io.redress.complaints;

import io.redress.deadlines.ClockKind;
import io.redress.deadlines.DueTimes;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The complaint SLA: acknowledged within {@code redress.complaints.acknowledge-within} (calendar time, default 24 h),
 * resolved within {@code redress.complaints.resolve-within-working-days} working days (default 7) of filing, on the
 * working-day clock of the deadlines module (its holiday calendar).
 */
@Component
public class ComplaintSla {

    private final DueTimes dueTimes;
    private final Duration acknowledgeWithin;
    private final int resolveWithinWorkingDays;

    ComplaintSla(DueTimes dueTimes, @Value("${redress.complaints.acknowledge-within:PT24H}") Duration acknowledgeWithin,
            @Value("${redress.complaints.resolve-within-working-days:7}") int resolveWithinWorkingDays) {
        this.dueTimes = dueTimes;
        this.acknowledgeWithin = acknowledgeWithin;
        this.resolveWithinWorkingDays = resolveWithinWorkingDays;
    }

    public Instant acknowledgeDue(Instant filedAt) {
        return dueTimes.dueAt(filedAt, acknowledgeWithin, ClockKind.CALENDAR);
    }

    public Instant resolveDue(Instant filedAt) {
        return dueTimes.dueAt(filedAt, Duration.ofDays(resolveWithinWorkingDays), ClockKind.WORKING_DAYS);
    }
}
