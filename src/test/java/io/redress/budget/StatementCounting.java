package io.redress.budget;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.stereotype.Component;

/**
 * Puts a counting proxy in front of the application's DataSource in every test context (a component of the test
 * sources, so no context of its own): each statement executed and each transaction ended (a commit or rollback,
 * or a statement run in auto-commit) is reported to {@link Statements}, which does nothing unless a test records.
 * It wraps the DataSource first, so that what wraps it later (on PostgreSQL, the connections that hold deferred
 * inserts) is counted by what reaches the database: round trips, not calls. It also reports a thread that takes a
 * second connection from the pool while it still holds one ({@link Statements#secondConnectionTaken}).
 */
@Component
class StatementCounting implements BeanPostProcessor, PriorityOrdered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** The connections each thread has taken from the DataSource and not yet closed. */
    private static final ThreadLocal<AtomicInteger> HELD = ThreadLocal.withInitial(AtomicInteger::new);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                if (result instanceof Connection connection) {
                    AtomicInteger held = HELD.get();
                    if (held.getAndIncrement() > 0) {
                        Statements.secondConnectionTaken();
                    }
                    return connection(connection, held);
                }
                return result;
            });
        }
        return bean;
    }

    private static Connection connection(Connection connection, AtomicInteger held) {
        AtomicBoolean closed = new AtomicBoolean();
        return proxy(Connection.class, connection, (target, method, args) -> {
            String name = method.getName();
            if (name.equals("close") && closed.compareAndSet(false, true)) {
                held.decrementAndGet();
            }
            Object result = invoke(target, method, args);
            if (name.equals("commit") || name.equals("rollback") && (args == null || args.length == 0)) {
                Statements.transactionEnded();
            } else if (result instanceof CallableStatement call) {
                return statement(CallableStatement.class, call, connection, (String) args[0]);
            } else if (result instanceof PreparedStatement prepared) {
                return statement(PreparedStatement.class, prepared, connection, (String) args[0]);
            } else if (result instanceof Statement plain) {
                return statement(Statement.class, plain, connection, null);
            }
            return result;
        });
    }

    private static <S extends Statement> S statement(Class<S> type, S statement, Connection connection, String sql) {
        return proxy(type, statement, (target, method, args) -> {
            String name = method.getName();
            if (name.startsWith("execute")) {
                String text = sql != null ? sql : args != null && args.length > 0 ? (String) args[0] : "(batch)";
                Statements.executed(text, connection.getAutoCommit());
            }
            return invoke(target, method, args);
        });
    }

    private interface Handler<T> {
        Object handle(T target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler h = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") && args[0] instanceof Class<?> wanted && wanted.isInstance(target)) {
                return target;
            }
            return handler.handle(target, method, args);
        };
        return (T) Proxy.newProxyInstance(StatementCounting.class.getClassLoader(), new Class<?>[] {type}, h);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
