package io.redress.shared;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A transaction's last statement, for work that runs as its transaction commits (the audit chain's append, under the
 * chain head's lock): on PostgreSQL the statement and the commit go in one round trip ({@link DeferringConnections}),
 * so a lock it holds is released a round trip sooner; the transaction manager's commit then sends nothing, and any
 * statement run in between is refused. Elsewhere (H2, or outside a transaction) the statement runs as any other and
 * the transaction commits as usual.
 */
@Component
public class LastStatement {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final SQLExceptionTranslator translator;

    LastStatement(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.translator = new SQLErrorCodeSQLExceptionTranslator(dataSource);
    }

    /** Runs {@code sql} with {@code params} as the transaction's last statement; answers its row count. */
    public int update(String sql, Object... params) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                if (connection.isWrapperFor(DeferringConnections.Deferring.class)) {
                    return connection.unwrap(DeferringConnections.Deferring.class).updateAndCommit(sql, params);
                }
            } catch (SQLException failed) {
                DataAccessException translated = translator.translate("the transaction's last statement", sql, failed);
                throw translated != null ? translated : new UncategorizedSQLException("the transaction's last statement",
                        sql, failed);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
        return jdbc.update(sql, params);
    }
}
