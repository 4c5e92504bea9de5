package io.redress.shared;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * On PostgreSQL, gives the application's connections the power to hold {@link DeferredInserts}: a connection sends
 * what it holds, as one statement, before any statement it prepares, before a savepoint and before it commits, and
 * drops it when it rolls back or is closed. {@code redress.jdbc.defer-inserts=false} turns it off (each insert then
 * runs at once, as on H2).
 */
@Component
class DeferringConnections implements BeanPostProcessor, EnvironmentAware {

    /** A connection that can hold inserts until its next statement. */
    interface Deferring {

        /**
         * Holds the rows {@code values} (one or more parenthesised rows) of {@code into} ({@code INSERT INTO table
         * (columns) VALUES}) of {@code table}.
         */
        void defer(String table, String into, String values, Object[] params);

        /**
         * Runs {@code sql}, the transaction's last statement, after what the connection holds, and commits the
         * transaction in the same round trip; answers the statement's row count. A failure of either leaves nothing
         * committed. Until the transaction manager's commit (which then has nothing to send) the connection refuses
         * any other statement: it would run outside the transaction just committed.
         */
        int updateAndCommit(String sql, Object[] params) throws SQLException;
    }

    /** Calls that send what the connection holds before they run. */
    private static final Set<String> SEND_FIRST = Set.of("prepareStatement", "prepareCall", "createStatement",
            "setSavepoint", "commit", "setAutoCommit");
    /** Calls that drop what the connection holds: the transaction's writes are undone or abandoned. */
    private static final Set<String> DROP = Set.of("rollback", "close", "abort");
    /** Calls that run statements: refused between a commit sent with the last statement and the manager's commit. */
    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement",
            "setSavepoint");

    private boolean enabled = true;

    /**
     * The connection of the caller's transaction, if it can hold inserts (on PostgreSQL); empty on H2, with
     * {@code redress.jdbc.defer-inserts=false}, or outside a transaction. The connection stays bound to the
     * transaction, so it is used after this returns.
     */
    static Optional<Deferring> ofTransaction(DataSource dataSource) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return Optional.empty();
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection.isWrapperFor(Deferring.class)
                    ? Optional.of(connection.unwrap(Deferring.class)) : Optional.empty();
        } catch (SQLException unwrapping) {
            throw new IllegalStateException("cannot reach the transaction's connection", unwrapping);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    @Override
    public void setEnvironment(Environment environment) {
        enabled = environment.getProperty("redress.jdbc.defer-inserts", Boolean.class, true);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!enabled || !(bean instanceof DataSource dataSource) || Proxy.isProxyClass(bean.getClass())
                && Proxy.getInvocationHandler(bean) instanceof Sources) {
            return bean;
        }
        if (!Databases.isPostgreSql(dataSource)) {
            return bean;
        }
        return Proxy.newProxyInstance(DeferringConnections.class.getClassLoader(), new Class<?>[] {DataSource.class},
                new Sources(dataSource));
    }

    private record Sources(DataSource target) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Object result = call(target, method, args);
            if (result instanceof Connection connection) {
                return Proxy.newProxyInstance(DeferringConnections.class.getClassLoader(),
                        new Class<?>[] {Connection.class, Deferring.class}, new Held(connection));
            }
            return result;
        }
    }

    /**
     * One connection and the inserts it holds, by table: the rows of one table go in one insert, in the order they
     * were held (an identity column numbers them in that order; the order in which the inserts of one {@code WITH}
     * run is not defined). A table held again with other columns sends what is held first.
     */
    private static final class Held implements InvocationHandler {

        private record Rows(String table, String into, StringBuilder values, List<Object> params) {
        }

        private final Connection target;
        private final Map<String, Rows> held = new LinkedHashMap<>();
        /** The transaction was committed with its last statement; the manager's commit has not come yet. */
        private boolean committedWithLast;

        Held(Connection target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (committedWithLast && (STATEMENTS.contains(name) || method.getDeclaringClass() == Deferring.class)) {
                throw new IllegalStateException("the transaction was committed with its last statement; nothing may run"
                        + " in it after that (" + name + ")");
            }
            if (method.getDeclaringClass() == Deferring.class) {
                if (name.equals("updateAndCommit")) {
                    return updateAndCommit((String) args[0], (Object[]) args[1]);
                }
                hold((String) args[0], (String) args[1], (String) args[2], (Object[]) args[3]);
                return null;
            }
            if ((name.equals("unwrap") || name.equals("isWrapperFor")) && args[0] == Deferring.class) {
                return name.equals("unwrap") ? proxy : true;
            }
            if (name.equals("commit") || DROP.contains(name)) {
                committedWithLast = false;
            }
            if (SEND_FIRST.contains(name) && !(name.equals("setAutoCommit") && Boolean.FALSE.equals(args[0]))) {
                send();
            } else if (DROP.contains(name)) {
                held.clear();
            }
            return call(target, method, args);
        }

        private void hold(String table, String into, String values, Object[] params) throws SQLException {
            Rows rows = held.get(table);
            if (rows != null && !rows.into().equals(into)) {
                send();
                rows = null;
            }
            if (rows == null) {
                held.put(table, new Rows(table, into, new StringBuilder(values), new ArrayList<>(Arrays.asList(params))));
            } else {
                rows.values().append(", ").append(values);
                rows.params().addAll(Arrays.asList(params));
            }
        }

        private int updateAndCommit(String sql, Object[] params) throws SQLException {
            send();
            int rows;
            // two statements in one round trip: pgjdbc sends both before it waits, and the server skips the COMMIT
            // when the statement fails (the transaction is then aborted and the manager's rollback ends it)
            try (PreparedStatement statement = target.prepareStatement(sql + "; COMMIT")) {
                new ArgumentPreparedStatementSetter(params).setValues(statement);
                statement.execute();
                rows = statement.getUpdateCount();
                while (statement.getMoreResults() || statement.getUpdateCount() != -1) {
                    // the COMMIT's answer
                }
            }
            committedWithLast = true;
            return rows;
        }

        /** Sends what the connection holds, as one statement (all but the last table's insert in a {@code WITH}). */
        private void send() throws SQLException {
            if (held.isEmpty()) {
                return;
            }
            StringBuilder sql = new StringBuilder();
            List<Object> values = new ArrayList<>();
            int i = 0;
            for (Rows rows : held.values()) {
                boolean last = i == held.size() - 1;
                sql.append(i == 0 ? (last ? "" : "WITH ") : last ? " " : ", ");
                if (!last) {
                    sql.append("held").append(i).append(" AS (");
                }
                sql.append(rows.into()).append(' ').append(rows.values());
                if (!last) {
                    sql.append(')');
                }
                values.addAll(rows.params());
                i++;
            }
            held.clear();
            try (PreparedStatement statement = target.prepareStatement(sql.toString())) {
                new ArgumentPreparedStatementSetter(values.toArray()).setValues(statement);
                statement.executeUpdate();
            }
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
