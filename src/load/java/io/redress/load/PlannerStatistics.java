package io.redress.load;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The planner's statistics of the application's database. With autovacuum off (some development servers run so),
 * nothing analyzes the tables as a run fills them: a table that was nearly empty at the last ANALYZE (the event
 * outbox right after a SQL growth, say) keeps being planned as nearly empty, and primary-key updates on it turn
 * into sequential scans of tens of thousands of rows. A run on such a server analyzes before every round instead,
 * and says so.
 */
final class PlannerStatistics {

    private final Map<String, String> env;
    private final String database;

    PlannerStatistics(String host, String port, String user, String database) {
        this.env = Pgbench.connection(host, port, user);
        this.database = database;
    }

    /** Whether the server keeps the statistics itself (autovacuum on). */
    boolean kept() throws IOException, InterruptedException {
        return Pgbench.run(env, List.of("psql", "-d", database, "-tAc", "SHOW autovacuum")).trim().equals("on");
    }

    void analyze() throws IOException, InterruptedException {
        Pgbench.run(env, List.of("psql", "-d", database, "-qc", "ANALYZE"));
    }
}
