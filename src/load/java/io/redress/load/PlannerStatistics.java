package io.redress.load;

import java.io.IOException;

/**
 * The planner's statistics of the application's database. With autovacuum off (some development servers run so),
 * nothing analyzes the tables as a run fills them: a table that was nearly empty at the last ANALYZE (the event
 * outbox right after a SQL growth, say) keeps being planned as nearly empty, and primary-key updates on it turn
 * into sequential scans of tens of thousands of rows. A run on such a server analyzes before every round instead,
 * and says so.
 */
final class PlannerStatistics {

    private final Psql psql;

    PlannerStatistics(Psql psql) {
        this.psql = psql;
    }

    /** Whether the server keeps the statistics itself (autovacuum on). */
    boolean kept() throws IOException, InterruptedException {
        return psql.value("SHOW autovacuum").equals("on");
    }

    void analyze() throws IOException, InterruptedException {
        psql.run("ANALYZE");
    }
}
