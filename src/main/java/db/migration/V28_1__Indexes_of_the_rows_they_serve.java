package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Indexes that every insert, and every move of a case, maintained for rows no query looks for. db-scheduler's
 * {@code (priority, execution_time)} index serves only schedulers with priorities, which Redress does not enable: it
 * goes on every database. On PostgreSQL three more hold only the rows their queries read (H2 has no partial
 * indexes and keeps the plain ones): the heartbeats of picked executions (a new deadline's execution has none), the
 * refunded cases a buyer's refund count reads ({@code refunded_at} is set once, when a case is refunded), and the
 * addresses sellers gave for their returns (a refund-only case has none). Each move of a case wrote an entry into
 * all seven of its indexes; now into five, and a new deadline into two of its table's indexes instead of four.
 * {@code PartialIndexPlansPostgresTest} proves each query still reads its index. Numbered after the migrations of
 * the three tables (migrations run in version order on a new database).
 */
public class V28_1__Indexes_of_the_rows_they_serve extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgres = "PostgreSQL".equals(context.getConnection().getMetaData().getDatabaseProductName());
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("DROP INDEX scheduled_tasks_priority_execution_time");
            if (!postgres) {
                return;
            }
            sql.execute("DROP INDEX scheduled_tasks_last_heartbeat");
            sql.execute("CREATE INDEX scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat)"
                    + " WHERE last_heartbeat IS NOT NULL");
            sql.execute("DROP INDEX after_sale_case_buyer_refunded");
            sql.execute("CREATE INDEX after_sale_case_buyer_refunded ON after_sale_case (buyer_id, refunded_at)"
                    + " WHERE refunded_at IS NOT NULL");
            sql.execute("DROP INDEX after_sale_case_shop_address");
            sql.execute("CREATE INDEX after_sale_case_shop_address ON after_sale_case (shop_id, updated_at, case_id)"
                    + " WHERE return_address_by_system = FALSE");
        }
    }
}
