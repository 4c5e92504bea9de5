package io.redress.audit.internal;

import io.redress.audit.AuditDigest;
import io.redress.audit.AuditDigestRecorded;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chain head at the end of each finished day in the marketplace's zone, from the day of the first record. It
 * takes the head's lock first, so a transaction still appending a record of that day commits before the day is
 * read, and any later append is stamped after midnight.
 */
@Component
class DailyDigests {

    private final AuditRows rows;
    private final Clock clock;
    private final ZoneId zone;
    private final ApplicationEventPublisher events;

    DailyDigests(AuditRows rows, Clock clock, @Value("${redress.zone:Asia/Shanghai}") ZoneId zone,
            ApplicationEventPublisher events) {
        this.rows = rows;
        this.clock = clock;
        this.zone = zone;
        this.events = events;
    }

    @Transactional
    int recordFinishedDays() {
        rows.lockHead();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        LocalDate day = rows.lastDigestDay().map(d -> d.plusDays(1))
                .or(() -> rows.firstRecordedAt().map(at -> LocalDate.ofInstant(at, zone)))
                .orElse(today);
        int recorded = 0;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (; day.isBefore(today); day = day.plusDays(1)) {
            Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
            AuditRows.Head head = rows.lastBefore(end).orElse(new AuditRows.Head(0, io.redress.audit.Canonical.GENESIS, null));
            AuditDigest digest = new AuditDigest(day, head.seq(), head.hash(), now);
            if (rows.addDigest(digest)) {
                events.publishEvent(new AuditDigestRecorded(digest));
                recorded++;
            }
        }
        return recorded;
    }
}
