package io.redress.aftersale.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's trigger for write-once tables (V6_71): refuses every UPDATE and DELETE. PostgreSQL runs the same rule as a
 * PL/pgSQL trigger function.
 */
public class WriteOnceTrigger implements Trigger {

    private String table;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) {
        this.table = table;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " is write-once: rows are never updated or deleted", "45000");
    }
}
