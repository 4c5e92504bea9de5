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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, gives the application's connections the power to hold {@link DeferredInserts}: a connection sends
 * what it holds before any statement it prepares, before a savepoint and before it commits, and drops it when it
 * rolls back or is closed. What it holds goes as one statement: inside the next statement (in front of it, in a
 * data-modifying {@code WITH}) when that is a query that locks no row, names none of the held tables and is executed
 * once as it was prepared (see {@link Carrying}); as a statement of its own before it otherwise.
 * {@code redress.jdbc.defer-inserts=false} turns it off (each insert then runs at once, as on H2).
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
    }

    /** Calls that send what the connection holds before they run. */
    private static final Set<String> SEND_FIRST = Set.of("prepareStatement", "prepareCall", "createStatement",
            "setSavepoint", "commit", "setAutoCommit");
    /**
     * A query that a data-modifying {@code WITH} may precede: a {@code SELECT} that locks no row. The parts of a
     * {@code WITH} run after the query, and the foreign keys of the rows they insert are checked (their parents locked
     * {@code FOR KEY SHARE}) at the statement's end; a statement that locks rows (an update, a delete, an insert, a
     * {@code SELECT … FOR UPDATE}) would so take its locks before the held rows take theirs, the other way round from
     * the order the transaction asked for, and two transactions could each wait for the other.
     */
    private static final Pattern CARRIER = Pattern.compile("\\s*SELECT\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOCKS = Pattern.compile(
            "\\bFOR\\s+(UPDATE|SHARE|NO\\s+KEY|KEY\\s+SHARE)\\b|pg_advisory", Pattern.CASE_INSENSITIVE);
    /** How a prepared statement runs as it was prepared. */
    private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate");
    /** Calls that drop what the connection holds: the transaction's writes are undone or abandoned. */
    private static final Set<String> DROP = Set.of("rollback", "close", "abort");

    private boolean enabled = true;

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

        Held(Connection target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (method.getDeclaringClass() == Deferring.class) {
                hold((String) args[0], (String) args[1], (String) args[2], (Object[]) args[3]);
                return null;
            }
            if ((name.equals("unwrap") || name.equals("isWrapperFor")) && args[0] == Deferring.class) {
                return name.equals("unwrap") ? proxy : true;
            }
            if (name.equals("prepareStatement") && args.length == 1 && carries((String) args[0])) {
                return Proxy.newProxyInstance(DeferringConnections.class.getClassLoader(),
                        new Class<?>[] {PreparedStatement.class}, new Carrying((String) args[0], proxy));
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

        /**
         * Whether what is held can travel inside {@code sql}: something is held; {@code sql} is one query that locks
         * no row ({@link #CARRIER}); and it names none of the held tables, so that it reads nothing the held rows
         * would change (the parts of one statement all see the data as it was before it).
         */
        private boolean carries(String sql) {
            if (held.isEmpty() || !CARRIER.matcher(sql).lookingAt() || sql.indexOf(';') >= 0
                    || LOCKS.matcher(sql).find()) {
                return false;
            }
            String lower = sql.toLowerCase(Locale.ROOT);
            for (String table : held.keySet()) {
                if (names(lower, table)) {
                    return false;
                }
            }
            return true;
        }

        /** A statement as prepared, and how many of its first parameters are the held rows' values. */
        private record Prepared(PreparedStatement statement, int carried) {
        }

        /**
         * Prepares {@code sql} with what is held in front of it, in a data-modifying {@code WITH}, the held rows'
         * values bound as its first parameters, when {@code carry} is asked and it {@link #carries} them; else sends
         * what is held on its own first and prepares {@code sql} as it is.
         */
        private Prepared prepare(String sql, boolean carry) throws SQLException {
            if (!carry || !carries(sql)) {
                send();
                return new Prepared(target.prepareStatement(sql), 0);
            }
            StringBuilder merged = new StringBuilder("WITH ");
            List<Object> values = new ArrayList<>();
            int i = 0;
            for (Rows rows : held.values()) {
                merged.append("held").append(i++).append(" AS (").append(rows.into()).append(' ').append(rows.values())
                        .append("), ");
                values.addAll(rows.params());
            }
            merged.setLength(merged.length() - 2);
            merged.append(' ').append(sql);
            held.clear();
            PreparedStatement statement = target.prepareStatement(merged.toString());
            try {
                new ArgumentPreparedStatementSetter(values.toArray()).setValues(statement);
            } catch (SQLException | RuntimeException e) {
                statement.close();
                throw e;
            }
            return new Prepared(statement, values.size());
        }

        /**
         * A statement prepared while inserts are held, which may carry them: nothing reaches the database until it is
         * executed. Until then its parameters and settings are noted; executed as prepared (no SQL of its own), it is
         * prepared with the held inserts in front ({@link #prepare}), its parameters moved past theirs. Any
         * other use first (a batch, its metadata) sends what is held on its own and prepares it as it is, so that a
         * statement run several times never repeats the held rows. Once prepared, every call goes to it.
         */
        private final class Carrying implements InvocationHandler {

            private record Noted(Method method, Object[] args, boolean parameter) {
            }

            private final String sql;
            private final Object connection;
            private final List<Noted> noted = new ArrayList<>();
            private PreparedStatement statement;
            private boolean closed;

            Carrying(String sql, Object connection) {
                this.sql = sql;
                this.connection = connection;
            }

            @Override
            public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                if (statement != null) {
                    return call(statement, method, args);
                }
                String name = method.getName();
                switch (name) {
                    case "close" -> {
                        closed = true;
                        return null;
                    }
                    case "isClosed" -> {
                        return closed;
                    }
                    case "getConnection" -> {
                        return connection;
                    }
                    case "toString" -> {
                        return "statement to carry held inserts: " + sql;
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
                if (closed) {
                    throw new SQLException("statement closed");
                }
                if (name.equals("clearParameters")) {
                    noted.removeIf(Noted::parameter);
                    return null;
                }
                if (name.startsWith("set") && method.getReturnType() == void.class && args != null) {
                    // PreparedStatement's setters all take the parameter's index first; Statement's are settings
                    noted.add(new Noted(method, args, method.getDeclaringClass() == PreparedStatement.class));
                    return null;
                }
                Prepared prepared = prepare(sql, (args == null || args.length == 0) && EXECUTE.contains(name));
                statement = prepared.statement();
                for (Noted call : noted) {
                    Object[] moved = call.args().clone();
                    if (call.parameter()) {
                        moved[0] = (Integer) moved[0] + prepared.carried();
                    }
                    call(statement, call.method(), moved);
                }
                noted.clear();
                return call(statement, method, args);
            }
        }
    }

    /** Whether {@code sql} (in lower case) names {@code table} (lower case): the name, not part of a longer one. */
    static boolean names(String sql, String table) {
        int length = table.length();
        for (int at = sql.indexOf(table); at >= 0; at = sql.indexOf(table, at + length)) {
            if ((at == 0 || !isNamePart(sql.charAt(at - 1)))
                    && (at + length == sql.length() || !isNamePart(sql.charAt(at + length)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
