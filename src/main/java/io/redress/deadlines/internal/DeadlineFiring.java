package io.redress.deadlines.internal;

import io.redress.deadlines.DeadlineExpired;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a due deadline does. db-scheduler runs each execution at least once (a node that dies after this
 * transaction committed but before db-scheduler recorded completion is run again elsewhere), so the
 * deadline row is marked fired with a compare-and-set: only the first run, of the deadline still active,
 * publishes {@link DeadlineExpired}.
 */
@Component
class DeadlineFiring {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeadlineFiring(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Fires the deadline with this id if it is still the active one of its case; true when it fired now. */
    @Transactional
    public boolean fire(String deadlineId) {
        int marked = jdbc.sql("UPDATE case_deadline SET fired_at = ? WHERE deadline_id = ? AND fired_at IS NULL")
                .params(clock.instant().atOffset(ZoneOffset.UTC), deadlineId)
                .update();
        if (marked == 0) {
            return false;
        }
        Optional<DeadlineExpired> expired = jdbc.sql(
                        "SELECT case_id, timer_id, on_expiry, due_at FROM case_deadline WHERE deadline_id = ?")
                .param(deadlineId).query(DeadlineFiring::expired).optional();
        expired.ifPresent(events::publishEvent);
        return expired.isPresent();
    }

    private static DeadlineExpired expired(ResultSet row, int n) throws SQLException {
        return new DeadlineExpired(row.getString("case_id"), row.getString("timer_id"), row.getString("on_expiry"),
                row.getObject("due_at", OffsetDateTime.class).toInstant());
    }
}
