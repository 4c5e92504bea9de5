package io.redress.intervention.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressPostgresTest;
import io.redress.budget.Statements;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On PostgreSQL, with 100,000 disputes of which half are closed (without an SLA, as every dispute ends) and ten open
 * on an SLA, the agents' first page reads its second range — open disputes without an SLA, oldest request first — as
 * a read of an index in the queue's order: no sequential scan of the disputes and no sort. (The first range, ten rows
 * here, may be sorted: it is as small as the open disputes on an SLA.)
 */
@RedressPostgresTest
class WorkQueuePlansPostgresTest {

    private static final int DISPUTES = 100_000;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkQueue queue;

    private final String tag = "plan-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void manyDisputes() {
        jdbc.sql("INSERT INTO intervention (case_id, order_id, status, requested_by, requested_at, sla_due_at, updated_at)"
                + " SELECT ? || '-' || n, ? || '-o' || n,"
                + " CASE WHEN n % 2 = 0 THEN 'CLOSED' WHEN n % 4 = 1 THEN 'REQUESTED' ELSE 'ACCEPTED' END, 'BUYER',"
                + " now() - n * interval '1 minute',"
                + " CASE WHEN n % 2 = 1 AND n <= 20 THEN now() + n * interval '1 second' END, now()"
                + " FROM generate_series(1, ?) n")
                .params(tag, tag, DISPUTES).update();
        jdbc.sql("ANALYZE intervention").update();
    }

    @AfterEach
    void noMore() {
        jdbc.sql("DELETE FROM intervention WHERE case_id LIKE ?").param(tag + "-%").update();
    }

    @Test
    void theRangeWithoutAnSlaReadsAnIndexInTheQueuesOrder() {
        Statements.Recording recording = Statements.onThisThread();
        WorkQueue.Keyset page = queue.after(null, null, null, null, 20, Instant.now());
        List<String> ranges = recording.stop().sql().stream().filter(sql -> sql.contains("FROM intervention")).toList();

        assertThat(page.items()).hasSize(20);
        assertThat(ranges).hasSize(2);
        String withoutSla = ranges.stream().filter(sql -> sql.contains("sla_due_at IS NULL")).findFirst().orElseThrow();
        assertThat(explain(withoutSla))
                .contains("Index")
                .doesNotContain("Seq Scan on intervention")
                .doesNotContain("Sort");
    }

    private String explain(String sql) {
        return String.join("\n", jdbc.sql("EXPLAIN " + sql).query(String.class).list());
    }
}
