package io.redress;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Creates an empty PostgreSQL database for a test context and points the data source at it.
 * The server is found through REDRESS_TEST_PG_URL (default: the local server), user REDRESS_TEST_PG_USER.
 */
public class FreshPostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The JDBC URL of the server, without a database; append a database name. */
    public static final String SERVER = env("REDRESS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    public static final String USER = env("REDRESS_TEST_PG_USER", "postgres");
    public static final String PASSWORD = env("REDRESS_TEST_PG_PASSWORD", "");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        dropDatabasesOfEndedRuns();
        String database = create("redress_test_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("fresh-postgres", Map.of(
                "spring.datasource.url", SERVER + database,
                "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD)));
    }

    /** Creates a database with this name, dropping an older one of the same name. */
    public static String create(String database) {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
            return database;
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed at " + SERVER + " (start it, or run with -DskipPostgres=true)", e);
        }
    }

    /** Test databases are named after the JVM that made them; those of JVMs that have ended are dropped. */
    private static void dropDatabasesOfEndedRuns() {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            java.util.List<String> stale = new java.util.ArrayList<>();
            try (var rows = statement.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'redress_test_%'")) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    String[] parts = name.split("_");
                    long pid = parts.length > 2 && parts[2].matches("\\d+") ? Long.parseLong(parts[2]) : -1;
                    if (pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                        continue;
                    }
                    stale.add(name);
                }
            }
            for (String name : stale) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed at " + SERVER + " (start it, or run with -DskipPostgres=true)", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
