package io.redress.shared;

import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

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

    LastStatement(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Runs {@code sql} with {@code params} as the transaction's last statement; answers its row count. */
    public int update(String sql, Object... params) {
        Optional<DeferringConnections.Deferring> deferring = DeferringConnections.ofTransaction(dataSource);
        if (deferring.isEmpty()) {
            return jdbc.update(sql, params);
        }
        try {
            return deferring.get().updateAndCommit(sql, params);
        } catch (SQLException failed) {
            DataAccessException translated = jdbc.getExceptionTranslator().translate("the transaction's last statement",
                    sql, failed);
            throw translated != null ? translated : new UncategorizedSQLException("the transaction's last statement",
                    sql, failed);
        }
    }
}
