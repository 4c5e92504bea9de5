package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The audit record's hash is no longer unique by constraint. No query looks a record up by its hash (the trail is
 * read by sequence, time and subject), and the constraint guarded nothing the chain does not: a record's hash is the
 * SHA-256 of its line, which holds its own {@code seq} (the primary key) and the hash of the record before, so two
 * records with one hash would be one record, and a copied record at another place breaks the chain where
 * {@link io.redress.audit.ChainVerifier} walks it. The constraint's index was the largest of the audit table's four,
 * several times its primary key, and, the hash being random, every append wrote into a random page of it; the
 * trail gains eight or so records a refund, so at ten million cases that is an index of tens of gigabytes read and
 * written at random for no reader. A Java migration because H2 names an inline UNIQUE constraint itself.
 */
public class V29_1__Audit_hash_without_its_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        List<String> constraints = new ArrayList<>();
        try (Statement sql = context.getConnection().createStatement();
                ResultSet found = sql.executeQuery("SELECT tc.constraint_name"
                        + " FROM information_schema.table_constraints tc"
                        + " JOIN information_schema.key_column_usage k ON k.constraint_name = tc.constraint_name"
                        + " AND k.table_name = tc.table_name"
                        + " WHERE LOWER(tc.table_name) = 'audit_record' AND tc.constraint_type = 'UNIQUE'"
                        + " AND LOWER(k.column_name) = 'hash'")) {
            while (found.next()) {
                constraints.add(found.getString(1));
            }
        }
        if (constraints.size() != 1) {
            throw new IllegalStateException("expected one UNIQUE constraint on audit_record.hash, found " + constraints);
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("ALTER TABLE audit_record DROP CONSTRAINT \"" + constraints.get(0) + "\"");
        }
    }
}
