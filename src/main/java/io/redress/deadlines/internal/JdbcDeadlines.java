package io.redress.deadlines.internal;

import io.redress.deadlines.Deadline;
import io.redress.deadlines.Deadlines;
import io.redress.shared.Databases;
import io.redress.shared.DeferredInserts;
import io.redress.shared.TransactionMemory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deadlines as rows of case_deadline, each with a db-scheduler execution named by the deadline's own id.
 * Replacing a deadline gives it a new id, so an execution of the old one that is already running finds
 * nothing to fire.
 */
@Service
class JdbcDeadlines implements Deadlines {

    private final JdbcClient jdbc;
    private final DeferredInserts inserts;
    private final boolean postgres;
    private final Clock clock;

    /** The case's unfired deadline as this transaction set or cancelled it (null: none), under its row lock. */
    private final TransactionMemory<String, Deadline> known = new TransactionMemory<>();

    JdbcDeadlines(JdbcClient jdbc, DeferredInserts inserts, Clock clock, DataSource dataSource) {
        this.postgres = Databases.isPostgreSql(dataSource);
        this.jdbc = jdbc;
        this.inserts = inserts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Deadline set(String caseId, String timerId, String party, Instant dueAt, String onExpiry) {
        return set(caseId, timerId, party, dueAt, onExpiry, false);
    }

    @Override
    @Transactional
    public Deadline first(String caseId, String timerId, String party, Instant dueAt, String onExpiry) {
        return set(caseId, timerId, party, dueAt, onExpiry, true);
    }

    private Deadline set(String caseId, String timerId, String party, Instant dueAt, String onExpiry, boolean first) {
        require(caseId, "caseId");
        require(timerId, "timerId");
        require(party, "party");
        require(onExpiry, "onExpiry");
        Instant due = dueAt.truncatedTo(ChronoUnit.MICROS);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String deadlineId = UUID.randomUUID().toString();
        Optional<Row> previous = first ? Optional.empty() : lockRow(caseId);
        if (previous.isPresent()) {
            jdbc.sql("UPDATE case_deadline SET deadline_id = ?, timer_id = ?, party = ?, due_at = ?,"
                            + " on_expiry = ?, set_at = ?, fired_at = NULL WHERE case_id = ?")
                    .params(deadlineId, timerId, party, utc(due), onExpiry, utc(now), caseId).update();
        } else {
            inserts.insert("INSERT INTO case_deadline (case_id, deadline_id, timer_id, party, due_at, on_expiry, set_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", caseId, deadlineId, timerId, party, utc(due), onExpiry, utc(now));
        }
        previous.filter(Row::unfired).ifPresent(row -> unschedule(row.deadlineId()));
        // the execution is named by the new deadline id, so there is none to look for first: inserted as db-scheduler
        // inserts a new one-time execution without data (its scheduleBatch), with the transaction's other inserts
        inserts.insert("INSERT INTO scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version)"
                + " VALUES (?, ?, NULL, ?, FALSE, 1)", SchedulerConfiguration.CASE_DEADLINE, deadlineId, utc(due));
        Deadline deadline = new Deadline(caseId, timerId, party, due, onExpiry, now);
        known.put(caseId, deadline);
        return deadline;
    }

    @Override
    @Transactional
    public void cancel(String caseId) {
        if (postgres) {
            // one statement: the row deleted (which locks it, as lockRow would), and its execution unless it fired or a
            // scheduler picked it (a picked one runs, finds no deadline and does nothing); with the transaction's next
            // statement, since nothing here reads what it deleted
            inserts.write("WITH cancelled AS (DELETE FROM case_deadline WHERE case_id = ? RETURNING deadline_id, fired_at)"
                    + " DELETE FROM scheduled_tasks WHERE task_name = ? AND picked = FALSE AND task_instance IN"
                    + " (SELECT deadline_id FROM cancelled WHERE fired_at IS NULL)", caseId, SchedulerConfiguration.CASE_DEADLINE);
        } else {
            lockRow(caseId).ifPresent(row -> {
                if (row.unfired()) {
                    unschedule(row.deadlineId());
                }
                jdbc.sql("DELETE FROM case_deadline WHERE case_id = ?").param(caseId).update();
            });
        }
        known.put(caseId, null);
    }

    @Override
    public Optional<Deadline> find(String caseId) {
        if (known.knows(caseId)) {
            return known.get(caseId);
        }
        return jdbc.sql("SELECT case_id, timer_id, party, due_at, on_expiry, set_at FROM case_deadline"
                        + " WHERE case_id = ? AND fired_at IS NULL")
                .param(caseId).query(JdbcDeadlines::deadline).optional();
    }

    @Override
    public Map<String, Deadline> findAll(Collection<String> caseIds) {
        Map<String, Deadline> found = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String caseId : caseIds) {
            if (known.knows(caseId)) {
                known.get(caseId).ifPresent(d -> found.put(caseId, d));
            } else {
                unknown.add(caseId);
            }
        }
        if (!unknown.isEmpty()) {
            jdbc.sql("SELECT case_id, timer_id, party, due_at, on_expiry, set_at FROM case_deadline"
                            + " WHERE case_id IN (:cases) AND fired_at IS NULL")
                    .param("cases", unknown).query(JdbcDeadlines::deadline).list()
                    .forEach(d -> found.put(d.caseId(), d));
        }
        return found;
    }

    /**
     * The case's deadline row (one per case, fired or not), locked until the transaction ends; empty when the case
     * has none, so that neither an update nor a delete is sent for a row that is not there.
     */
    private Optional<Row> lockRow(String caseId) {
        return jdbc.sql("SELECT deadline_id, fired_at FROM case_deadline WHERE case_id = ? FOR UPDATE").param(caseId)
                .query((row, n) -> new Row(row.getString("deadline_id"), row.getObject("fired_at") == null)).optional();
    }

    /** A case's deadline row as locked: its id, and whether it has yet to fire (then db-scheduler holds its execution). */
    private record Row(String deadlineId, boolean unfired) {
    }

    /**
     * Drops the old execution unless a scheduler already picked it; a picked one runs, finds the deadline replaced
     * and does nothing. One statement on db-scheduler's table (its own cancel reads the execution twice first).
     */
    private void unschedule(String deadlineId) {
        jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = ? AND task_instance = ? AND picked = ?")
                .params(SchedulerConfiguration.CASE_DEADLINE, deadlineId, false).update();
    }

    private static Deadline deadline(ResultSet row, int n) throws SQLException {
        return new Deadline(row.getString("case_id"), row.getString("timer_id"), row.getString("party"),
                row.getObject("due_at", OffsetDateTime.class).toInstant(), row.getString("on_expiry"),
                row.getObject("set_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
