package io.redress.shared;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Which database is behind a DataSource, for the few statements that PostgreSQL and H2 write differently (locking
 * reads that skip locked rows, a data-modifying {@code WITH}). Asked once, at start.
 */
public final class Databases {

    private Databases() {
    }

    /** Whether {@code dataSource} is PostgreSQL (otherwise H2, the embedded default). */
    public static boolean isPostgreSql(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException unreadable) {
            throw new IllegalStateException("cannot tell which database is behind the data source", unreadable);
        }
    }
}
