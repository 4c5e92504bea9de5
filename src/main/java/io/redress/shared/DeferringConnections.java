package io.redress.shared;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
 * On PostgreSQL, gives the application's connections the power to hold {@link DeferredInserts} and writes: a
 * connection sends what it holds in the round trip of the next statement it runs, before it, or with its commit, or,
 * before a savepoint, a call or a batch, in a round trip of its own; and drops it when it rolls back or is closed.
 * {@code redress.jdbc.defer-inserts=false} turns it off (each insert and write then runs at once, as on H2).
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

        /**
         * Holds {@code sql}, a write whose outcome (row count, rows, conflicts) the caller does not read, to run after
         * what is held before it.
         */
        void deferWrite(String sql, Object[] params);
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
     * One connection and the writes it holds. Inserts are held by table: the rows of one table go in one insert, in
     * the order they were held (an identity column numbers them in that order; the order in which the inserts of one
     * {@code WITH} run is not defined); a table held again with other columns, or a held write
     * ({@link Deferring#deferWrite}), closes the inserts held before it into a statement of their own, so that
     * everything reaches the database in the order it was held.
     *
     * <p>What is held travels in the round trip of the next statement the transaction executes: the held statements
     * and that statement are prepared as one {@code ;}-separated query, which the driver sends whole before it waits
     * for an answer; the server runs them one after the other, each seeing what the ones before it wrote, and stops
     * at the first that fails (the transaction is then aborted, and the failure is the next statement's). A
     * statement that is batched, or asked for anything but its parameters and its execution, first sends what is
     * held in a round trip of its own and then runs alone, as do calls, plain statements and savepoints. A commit
     * carries what is held too.
     */
    private static final class Held implements InvocationHandler {

        private record Rows(String table, String into, StringBuilder values, List<Object> params) {
        }

        /** A statement ready to send: held writes, or the inserts held by table before them, rendered. */
        private record Sendable(String sql, List<Object> params) {
        }

        private final Connection target;
        /** Statements closed in the order they were held, before the inserts still held by table. */
        private final List<Sendable> closed = new ArrayList<>();
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
                switch (name) {
                    case "updateAndCommit" -> {
                        return updateAndCommit((String) args[0], (Object[]) args[1]);
                    }
                    case "deferWrite" -> holdWrite((String) args[0], (Object[]) args[1]);
                    default -> hold((String) args[0], (String) args[1], (String) args[2], (Object[]) args[3]);
                }
                return null;
            }
            if ((name.equals("unwrap") || name.equals("isWrapperFor")) && args[0] == Deferring.class) {
                return name.equals("unwrap") ? proxy : true;
            }
            if (name.equals("commit") || DROP.contains(name)) {
                committedWithLast = false;
            }
            if (name.equals("prepareStatement") && args.length == 1 && !(closed.isEmpty() && held.isEmpty())) {
                // a statement that will carry what is held; with nothing held, the driver's own (a statement runs as
                // soon as its parameters are set: nothing is held between its preparation and its execution)
                return Proxy.newProxyInstance(DeferringConnections.class.getClassLoader(),
                        new Class<?>[] {PreparedStatement.class}, new Carrying(this, (Connection) proxy, (String) args[0]));
            }
            if (name.equals("commit")) {
                commitWithHeld();
            } else if (SEND_FIRST.contains(name) && !(name.equals("setAutoCommit") && Boolean.FALSE.equals(args[0]))) {
                send();
            } else if (DROP.contains(name)) {
                closed.clear();
                held.clear();
            }
            return call(target, method, args);
        }

        private void hold(String table, String into, String values, Object[] params) {
            Rows rows = held.get(table);
            if (rows != null && !rows.into().equals(into)) {
                closeInserts();
                rows = null;
            }
            if (rows == null) {
                held.put(table, new Rows(table, into, new StringBuilder(values), new ArrayList<>(Arrays.asList(params))));
            } else {
                rows.values().append(", ").append(values);
                rows.params().addAll(Arrays.asList(params));
            }
        }

        private void holdWrite(String sql, Object[] params) {
            closeInserts();
            closed.add(new Sendable(sql, Arrays.asList(params)));
        }

        /** The inserts held by table, as one statement (all but the last table's insert in a {@code WITH}). */
        private void closeInserts() {
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
            closed.add(new Sendable(sql.toString(), values));
        }

        /** Appends {@code sent} to {@code sql}, each statement followed by {@code ;}, and their parameters. */
        static void ahead(List<Sendable> sent, StringBuilder sql, List<Object> params) {
            for (Sendable s : sent) {
                sql.append(s.sql()).append("; ");
                params.addAll(s.params());
            }
        }

        /** What is held, in order, taken from the connection; empty when nothing is. */
        List<Sendable> take() {
            closeInserts();
            List<Sendable> taken = List.copyOf(closed);
            closed.clear();
            return taken;
        }

        /** Sends what is held, in one round trip of its own. */
        private void send() throws SQLException {
            List<Sendable> taken = take();
            if (!taken.isEmpty()) {
                runAll(taken, null, null);
            }
        }

        private void commitWithHeld() throws SQLException {
            List<Sendable> taken = take();
            if (!taken.isEmpty()) {
                // the COMMIT in the held writes' round trip; the driver, told by the server that no transaction is
                // open any more, then has nothing to send for the manager's commit
                runAll(taken, "COMMIT", new Object[0]);
            }
        }

        private int updateAndCommit(String sql, Object[] params) throws SQLException {
            // the statement and the COMMIT after what is held, in one round trip: the server skips the COMMIT when
            // anything before it fails (the transaction is then aborted and the manager's rollback ends it)
            int rows = runAll(take(), sql + "; COMMIT", params);
            committedWithLast = true;
            return rows;
        }

        /**
         * Runs {@code sent}, then {@code last} (if any) in one round trip; answers {@code last}'s row count (or the
         * first statement's when there is no {@code last}).
         */
        private int runAll(List<Sendable> sent, String last, Object[] lastParams) throws SQLException {
            StringBuilder sql = new StringBuilder();
            List<Object> params = new ArrayList<>();
            ahead(sent, sql, params);
            if (last != null) {
                sql.append(last);
                params.addAll(Arrays.asList(lastParams));
            } else {
                sql.setLength(sql.length() - 2);
            }
            try (PreparedStatement statement = target.prepareStatement(sql.toString())) {
                new ArgumentPreparedStatementSetter(params.toArray()).setValues(statement);
                statement.execute();
                for (int skip = last == null ? 0 : sent.size(); skip > 0; skip--) {
                    statement.getMoreResults();
                }
                int rows = statement.getUpdateCount();
                while (statement.getMoreResults() || statement.getUpdateCount() != -1) {
                    // the answers of the COMMIT, or of the held statements after the first
                }
                return rows;
            }
        }
    }

    /**
     * A statement prepared on a connection that may hold writes: its parameters and settings are kept until it runs.
     * Executed, it carries what the connection holds then, prepared before it in one query, and answers as the
     * statement alone would (its result set or its row count; its parameters numbered as the caller numbered them).
     * Anything else asked of it first makes it a statement of its own, what is held sent ahead of it.
     */
    private static final class Carrying implements InvocationHandler {

        /** Settings of a statement that do not need it prepared yet. */
        private static final Set<String> KEPT = Set.of("setFetchSize", "setFetchDirection", "setMaxRows",
                "setLargeMaxRows", "setQueryTimeout", "setMaxFieldSize", "setEscapeProcessing", "setPoolable",
                "setCursorName", "closeOnCompletion");

        private record Kept(Method method, Object[] args) {
        }

        private final Held connection;
        private final Connection connectionProxy;
        private final String sql;
        private final List<Kept> kept = new ArrayList<>();
        private PreparedStatement prepared;
        /** How many held statements it carried, and their parameters' count. */
        private int carried;
        private int offset;
        private boolean closedBeforeRunning;

        Carrying(Held connection, Connection connectionProxy, String sql) {
            this.connection = connection;
            this.connectionProxy = connectionProxy;
            this.sql = sql;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (prepared == null) {
                if (isParameter(method) || KEPT.contains(name)) {
                    kept.add(new Kept(method, args));
                    return null;
                }
                switch (name) {
                    case "getConnection" -> {
                        return connectionProxy;
                    }
                    case "close" -> {
                        closedBeforeRunning = true;
                        return null;
                    }
                    case "isClosed" -> {
                        return closedBeforeRunning;
                    }
                    case "toString" -> {
                        return "statement (not yet run) " + sql;
                    }
                    case "hashCode" -> {
                        return System.identityHashCode(proxy);
                    }
                    case "equals" -> {
                        return proxy == args[0];
                    }
                    default -> {
                    }
                }
                boolean runs = args == null && (name.equals("executeQuery") || name.equals("executeUpdate")
                        || name.equals("executeLargeUpdate") || name.equals("execute"));
                prepare(runs);
                if (runs && carried > 0) {
                    return run(name);
                }
            } else if (carried > 0 && (name.startsWith("execute") || name.equals("addBatch")
                    || name.equals("clearParameters"))) {
                // run again, it would run the writes it carried again
                throw new IllegalStateException("a statement that carried held writes runs once (" + name + ")");
            } else if (isParameter(method) && offset > 0) {
                args = args.clone();
                args[0] = (Integer) args[0] + offset;
            }
            return call(prepared, method, args);
        }

        private static boolean isParameter(Method method) {
            Class<?>[] types = method.getParameterTypes();
            return method.getDeclaringClass() == PreparedStatement.class && method.getName().startsWith("set")
                    && types.length >= 2 && types[0] == int.class;
        }

        /** Prepares the statement, with what the connection holds before it when it is about to run. */
        private void prepare(boolean carrying) throws Throwable {
            List<Held.Sendable> taken = connection.take();
            if (!taken.isEmpty() && carrying) {
                StringBuilder query = new StringBuilder();
                List<Object> params = new ArrayList<>();
                Held.ahead(taken, query, params);
                prepared = connection.target.prepareStatement(query.append(sql).toString());
                new ArgumentPreparedStatementSetter(params.toArray()).setValues(prepared);
                carried = taken.size();
                offset = params.size();
            } else {
                if (!taken.isEmpty()) {
                    connection.runAll(taken, null, null);
                }
                prepared = connection.target.prepareStatement(sql);
            }
            for (Kept k : kept) {
                Object[] args = k.args();
                if (offset > 0 && isParameter(k.method())) {
                    args = args.clone();
                    args[0] = (Integer) args[0] + offset;
                }
                call(prepared, k.method(), args);
            }
            kept.clear();
        }

        /** Runs the carrying query and answers as {@code name} would for the statement alone. */
        private Object run(String name) throws SQLException {
            prepared.execute();
            for (int i = 0; i < carried; i++) {
                prepared.getMoreResults();
            }
            ResultSet results = prepared.getResultSet();
            switch (name) {
                case "executeQuery" -> {
                    if (results == null) {
                        throw new SQLException("No results were returned by the query.", "02000");
                    }
                    return results;
                }
                case "executeUpdate" -> {
                    return prepared.getUpdateCount();
                }
                case "executeLargeUpdate" -> {
                    return prepared.getLargeUpdateCount();
                }
                default -> {
                    return results != null;
                }
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
