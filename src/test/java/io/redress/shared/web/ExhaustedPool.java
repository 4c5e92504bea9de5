package io.redress.shared.web;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The failures a request meets when every connection of its pool is taken, as the pool and Spring really raise them:
 * a pool of one connection (an in-memory H2 database of its own) with its shortest wait, 250 ms, and that one
 * connection held.
 */
final class ExhaustedPool {

    private ExhaustedPool() {
    }

    /** A transaction begun while the pool has no connection to give. */
    static RuntimeException failureOfATransaction() {
        return failureOf(pool -> new TransactionTemplate(new DataSourceTransactionManager(pool))
                .executeWithoutResult(status -> { }));
    }

    /** A query outside any transaction while the pool has no connection to give. */
    static RuntimeException failureOfAQuery() {
        return failureOf(pool -> new JdbcTemplate(pool).queryForObject("SELECT 1", Integer.class));
    }

    private static RuntimeException failureOf(Consumer<DataSource> work) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:exhausted-" + UUID.randomUUID());
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(250);
        try (HikariDataSource pool = new HikariDataSource(config); Connection held = pool.getConnection()) {
            try {
                work.accept(pool);
            } catch (RuntimeException failure) {
                return failure;
            }
            throw new AssertionError("the work got a connection from a pool whose only connection is held");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
