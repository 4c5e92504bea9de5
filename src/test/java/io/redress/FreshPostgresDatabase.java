package io.redress;

import java.net.InetAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Creates an empty database on the test server ({@link PostgresServer}) for a Spring test context and points
 * the data source at it. All {@link RedressPostgresTest} classes share one cached context, so they share one
 * database per test JVM.
 * <p>
 * Each database it creates carries a comment naming the host, process id and process start of the JVM that
 * made it. Before creating one it drops the databases that carry such a comment of this host whose process
 * has ended; it drops nothing else, whatever its name.
 */
public class FreshPostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The JDBC URL of the server, without a database; append a database name. */
    public static final String SERVER = PostgresServer.get().url();
    public static final String USER = PostgresServer.get().user();
    public static final String PASSWORD = PostgresServer.get().password();

    private static final String MARK = "redress-test";
    private static final String HOST = host();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String database = create();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("fresh-postgres", Map.of(
                "spring.datasource.url", SERVER + database,
                "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD)));
    }

    /** Creates an empty database of a new name and returns the name. */
    public static String create() {
        return create("redress_test_" + UUID.randomUUID().toString().replace("-", ""));
    }

    /** Creates an empty database of this name, marked as made by this JVM; fails when the name is taken. */
    public static String create(String database) {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            dropDatabasesOfEndedRuns(statement);
            statement.execute("CREATE DATABASE " + database);
            statement.execute("COMMENT ON DATABASE " + database + " IS '" + marker(ProcessHandle.current()) + "'");
            return database;
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a test database on " + SERVER
                    + " (unset REDRESS_TEST_PG_URL or set REDRESS_TEST_PG=embedded to use embedded PostgreSQL,"
                    + " or run with -DskipPostgres=true)", e);
        }
    }

    /** The comment of a database made by this process: host, pid and the instant the process started. */
    static String marker(ProcessHandle process) {
        return MARK + " host=" + HOST + " pid=" + process.pid() + " started="
                + process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    /** Databases marked by a JVM of this host that is no longer running (a reused pid has another start). */
    private static void dropDatabasesOfEndedRuns(Statement statement) throws SQLException {
        List<String> ended = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT datname, shobj_description(oid, 'pg_database')"
                + " FROM pg_database WHERE shobj_description(oid, 'pg_database') LIKE '" + MARK + " host=%'")) {
            while (rows.next()) {
                if (endedRunOfThisHost(rows.getString(2))) {
                    ended.add(rows.getString(1));
                }
            }
        }
        for (String name : ended) {
            statement.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
        }
    }

    static boolean endedRunOfThisHost(String comment) {
        String[] fields = comment.split(" ");
        if (HOST.equals("unknown") || fields.length != 4 || !fields[1].equals("host=" + HOST) || !fields[2].matches("pid=\\d+")) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(fields[2].substring(4)));
        return process.filter(ProcessHandle::isAlive).map(p -> !comment.equals(marker(p))).orElse(true);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9._-]", "_");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
