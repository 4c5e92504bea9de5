package io.redress.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressPostgresTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * On PostgreSQL, the queries of the partial indexes ({@code V28_1__Indexes_of_the_rows_they_serve}) read them: the
 * planner proves each query's condition within the index's predicate, with the query's values bound as parameters
 * (a generic plan, as a prepared statement is run after its fifth execution). Sequential scans are switched off so
 * that the plan says whether the index can serve the query, whatever the table holds.
 */
@RedressPostgresTest
class PartialIndexPlansPostgresTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Transactional
    void eachQueryReadsItsPartialIndex() {
        jdbc.execute("SET LOCAL enable_seqscan = off");
        jdbc.execute("SET LOCAL plan_cache_mode = force_generic_plan");
        assertThat(plan("SELECT COUNT(*) FROM after_sale_case WHERE buyer_id = $1 AND refunded_at > $2"
                + " AND refunded_at <= $3", "text, timestamptz, timestamptz"))
                .contains("after_sale_case_buyer_refunded");
        assertThat(plan("SELECT return_address FROM after_sale_case WHERE shop_id = $1"
                + " AND return_address_by_system = FALSE ORDER BY updated_at DESC, case_id LIMIT 1", "text"))
                .contains("after_sale_case_shop_address");
        // db-scheduler's search for executions whose node stopped sending heartbeats
        assertThat(plan("SELECT * FROM scheduled_tasks WHERE picked = $1 AND last_heartbeat <= $2"
                + " ORDER BY last_heartbeat ASC", "boolean, timestamptz"))
                .contains("scheduled_tasks_last_heartbeat");
    }

    @Test
    void theThreeIndexesHoldOnlyTheRowsTheirQueriesRead() {
        assertThat(jdbc.queryForList("SELECT indexname FROM pg_indexes WHERE indexname IN ('scheduled_tasks_last_heartbeat',"
                + " 'after_sale_case_buyer_refunded', 'after_sale_case_shop_address') AND indexdef LIKE '% WHERE %'",
                String.class)).hasSize(3);
        assertThat(jdbc.queryForList("SELECT indexname FROM pg_indexes WHERE indexname"
                + " = 'scheduled_tasks_priority_execution_time'", String.class)).isEmpty();
    }

    private String plan(String query, String types) {
        String name = "plan_" + Math.abs(query.hashCode());
        jdbc.execute("PREPARE " + name + " (" + types + ") AS " + query);
        String args = String.join(", ", java.util.Arrays.stream(types.split(","))
                .map(type -> switch (type.strip()) {
                    case "text" -> "'x'";
                    case "boolean" -> "true";
                    default -> "now()";
                }).toList());
        List<String> lines = jdbc.queryForList("EXPLAIN EXECUTE " + name + " (" + args + ")", String.class);
        jdbc.execute("DEALLOCATE " + name);
        return String.join("\n", lines);
    }
}
