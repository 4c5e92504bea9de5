package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL the audit records become append-only for the application: a trigger refuses every UPDATE, DELETE
 * and TRUNCATE of {@code audit_record} and {@code audit_digest}, and the role that runs the migrations (the
 * application's) gives up those privileges. Only a superuser can bypass the trigger (the tamper tests do, to prove
 * the verifier finds it). H2 has no procedural triggers; the embedded database relies on the verifier alone.
 */
public class V13_2__AuditAppendOnly extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!"PostgreSQL".equals(context.getConnection().getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("""
                    CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        RAISE EXCEPTION 'audit records are append-only: % on % refused', TG_OP, TG_TABLE_NAME
                            USING ERRCODE = 'insufficient_privilege';
                    END $$""");
            for (String table : new String[] {"audit_record", "audit_digest"}) {
                sql.execute("CREATE TRIGGER " + table + "_append_only BEFORE UPDATE OR DELETE ON " + table
                        + " FOR EACH ROW EXECUTE FUNCTION audit_append_only()");
                sql.execute("CREATE TRIGGER " + table + "_no_truncate BEFORE TRUNCATE ON " + table
                        + " FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()");
                sql.execute("REVOKE UPDATE, DELETE, TRUNCATE ON " + table + " FROM PUBLIC, CURRENT_USER");
            }
        }
    }
}
