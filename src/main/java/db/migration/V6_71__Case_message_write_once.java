package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Case messages are written once: the database refuses UPDATE and DELETE on after_sale_case_message, with a trigger
 * in the dialect of each supported database (a Java migration because H2 and PostgreSQL write triggers differently).
 */
public class V6_71__Case_message_write_once extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        try (Statement sql = context.getConnection().createStatement()) {
            if (product.startsWith("PostgreSQL")) {
                sql.execute("CREATE FUNCTION redress_write_once() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                        + " RAISE EXCEPTION '% is write-once: rows are never updated or deleted', TG_TABLE_NAME"
                        + " USING ERRCODE = 'restrict_violation'; END $$");
                sql.execute("CREATE TRIGGER after_sale_case_message_write_once BEFORE UPDATE OR DELETE"
                        + " ON after_sale_case_message FOR EACH ROW EXECUTE FUNCTION redress_write_once()");
            } else if (product.startsWith("H2")) {
                sql.execute("CREATE TRIGGER after_sale_case_message_write_once BEFORE UPDATE, DELETE"
                        + " ON after_sale_case_message FOR EACH ROW CALL"
                        + " 'io.redress.aftersale.internal.WriteOnceTrigger'");
            } else {
                throw new IllegalStateException("no write-once trigger for " + product);
            }
        }
    }
}
