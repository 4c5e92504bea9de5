package io.redress.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a statement costs with nothing of Redress around it: 8 threads, each on a connection of its own (as the
 * instance's pool holds them), run transactions of --per-transaction prepared statements through the PostgreSQL
 * driver alone, and the CPU of this JVM and of the database's backends is divided by the statements run (read as
 * {@link CpuMeter} reads the instance's). Two statements: {@code select-1}, the round trip alone, and
 * {@code case-by-id}, a case read by its key with every column, the cheapest statement a command sends. Set beside
 * the load run's "CPU per call" and the statements a command sends ({@code CommandBudgets}), it says how much of a
 * command's CPU is the statements' own price and how much the application's work around them.
 *
 * <pre>java -cp target/test-classes:$(cat cp.txt) io.redress.load.DriverFloor --db=redress --seconds=8 --rounds=3</pre>
 *
 * (--db, --pg-host, --pg-port, --pg-user and {@code PGPASSWORD} as for the load run's database; case-by-id needs
 * cases in it.)
 */
public final class DriverFloor {

    private static final int THREADS = 8;
    private static final Map<String, String> STATEMENTS = Map.of(
            "select-1", "SELECT 1",
            "case-by-id", "SELECT * FROM after_sale_case WHERE case_id = ?");

    public static void main(String[] args) throws Exception {
        Map<String, String> o = LoadRun.options(args);
        String db = o.getOrDefault("db", "redress_load");
        String url = "jdbc:postgresql://" + o.getOrDefault("pg-host", "127.0.0.1") + ":"
                + o.getOrDefault("pg-port", "5432") + "/" + db;
        String user = o.getOrDefault("pg-user", "postgres");
        String password = System.getenv().getOrDefault("PGPASSWORD", "");
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "8"));
        int rounds = Integer.parseInt(o.getOrDefault("rounds", "3"));
        List<String> ids = caseIds(url, user, password);
        CpuMeter cpu = new CpuMeter(ProcessHandle.current().pid(), db);
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Connection c = DriverManager.getConnection(url, user, password);
            c.setAutoCommit(false);
            connections.add(c);
        }
        System.out.printf("%d threads, a connection each, %d s per run, the first round a warm-up%n", THREADS, seconds);
        for (int round = 0; round <= rounds; round++) {
            for (String statement : List.of("select-1", "case-by-id")) {
                if (statement.equals("case-by-id") && ids.isEmpty()) {
                    continue;
                }
                for (int perTransaction : new int[] {1, 8}) {
                    CpuMeter.Reading before = cpu.read();
                    long n = run(connections, STATEMENTS.get(statement), ids, perTransaction, seconds);
                    CpuMeter.Used used = cpu.read().minus(before);
                    System.out.printf("%s %-10s  %d a transaction  %9.0f statements/s  per statement: JVM %6.1f µs"
                                    + "  PostgreSQL %6.1f µs%n", round == 0 ? "warm-up" : "round " + round, statement,
                            perTransaction, n / (double) seconds, used.jvmMs() * 1000 / n, used.pgMs() * 1000 / n);
                }
            }
        }
        for (Connection c : connections) {
            c.close();
        }
    }

    /** Up to 10,000 case ids of the database, for case-by-id to read at random. */
    private static List<String> caseIds(String url, String user, String password) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, password);
             ResultSet rs = c.createStatement().executeQuery("SELECT case_id FROM after_sale_case LIMIT 10000")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** Statements run by all threads in {@code seconds}, in transactions of {@code perTransaction}. */
    private static long run(List<Connection> connections, String sql, List<String> ids, int perTransaction, int seconds)
            throws InterruptedException {
        AtomicLong statements = new AtomicLong();
        CountDownLatch done = new CountDownLatch(connections.size());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        for (Connection c : connections) {
            new Thread(() -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    int columns = -1;
                    while (System.nanoTime() < end) {
                        for (int k = 0; k < perTransaction; k++) {
                            if (sql.contains("?")) {
                                ps.setString(1, ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
                            }
                            try (ResultSet rs = ps.executeQuery()) {
                                if (columns < 0) {
                                    columns = rs.getMetaData().getColumnCount();
                                }
                                while (rs.next()) {
                                    for (int col = 1; col <= columns; col++) {
                                        rs.getString(col);
                                    }
                                }
                            }
                        }
                        c.commit();
                        statements.addAndGet(perTransaction);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        return statements.get();
    }
}
