package io.redress;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The clean-up of test databases drops the marked databases of ended runs of this host, and nothing else. */
@Tag("postgres")
class FreshPostgresDatabasePostgresTest {

    final JdbcClient server = JdbcClient.create(new DriverManagerDataSource(FreshPostgresDatabase.SERVER + "postgres",
            FreshPostgresDatabase.USER, FreshPostgresDatabase.PASSWORD));
    final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    final List<String> made = new ArrayList<>();

    @AfterEach
    void dropWhatThisTestMade() throws SQLException {
        for (String name : made) {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    @Test
    void dropsOnlyTheDatabasesOfEndedRunsOfThisHost() throws Exception {
        ProcessHandle ended = endedProcess();
        String endedRun = database("ended", FreshPostgresDatabase.marker(ended));
        String liveRun = database("live", FreshPostgresDatabase.marker(ProcessHandle.current()));
        String otherHost = database("other_host", FreshPostgresDatabase.marker(ended).replaceFirst("host=\\S+", "host=elsewhere"));
        String reusedPid = database("reused_pid", FreshPostgresDatabase.marker(ProcessHandle.current())
                .replaceFirst("started=\\d+", "started=1"));
        // named like a test database of a process that has ended, but not made by these tests
        String unmarked = database("redress_test_" + ended.pid() + "_1", null);
        String otherComment = database("commented", "a copy for the reports");

        String fresh = FreshPostgresDatabase.create();
        made.add(fresh);

        assertThat(existing(endedRun, liveRun, otherHost, reusedPid, unmarked, otherComment, fresh))
                .containsExactlyInAnyOrder(liveRun, otherHost, unmarked, otherComment, fresh);
    }

    private String database(String name, String comment) throws SQLException {
        String database = name.startsWith("redress_test_") ? name : "cleanup_" + run + "_" + name;
        execute("CREATE DATABASE " + database);
        made.add(database);
        if (comment != null) {
            execute("COMMENT ON DATABASE " + database + " IS '" + comment + "'");
        }
        return database;
    }

    private List<String> existing(String... names) {
        return server.sql("SELECT datname FROM pg_database WHERE datname IN (:names)").param("names", List.of(names))
                .query(String.class).list();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(FreshPostgresDatabase.SERVER + "postgres",
                FreshPostgresDatabase.USER, FreshPostgresDatabase.PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static ProcessHandle endedProcess() throws Exception {
        Process process = new ProcessBuilder("true").start();
        ProcessHandle handle = process.toHandle();
        handle.info(); // read its start while it is there
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return handle;
    }
}
