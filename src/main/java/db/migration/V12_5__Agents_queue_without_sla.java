package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, the agents' queue's second range — open disputes without an SLA, oldest request first — gets an index
 * of its own, holding only those rows. It was read through {@code (sla_due_at, requested_at, case_id)} only while open
 * disputes were most of the rows without an SLA; once closed ones were (every dispute ends closed), the planner read
 * the whole table and sorted it (13 ms at 100,000 disputes, growing with them; 0.04 ms with this index). The
 * predicate repeats the open statuses of {@code WorkQueue} word for word, so that the planner can prove the query
 * within it ({@code WorkQueuePlansPostgresTest} fails if the two part). H2 has no partial indexes; the embedded
 * database keeps the plain one.
 */
public class V12_5__Agents_queue_without_sla extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!"PostgreSQL".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("CREATE INDEX intervention_queue_without_sla ON intervention (requested_at, case_id)"
                    + " WHERE sla_due_at IS NULL AND status IN ('REQUESTED', 'ACCEPTED', 'EVIDENCE', 'SUSPENDED',"
                    + " 'FIRST_REVIEW', 'SUPERVISOR_REVIEW')");
        }
    }
}
