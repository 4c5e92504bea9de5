package io.redress.aftersale.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressPostgresTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On PostgreSQL, with 200,000 cases over 1,000 buyers and 100 shops (one buyer and one shop holding 20,000 each),
 * every range a keyset page reads — a buyer's newest first, every case newest first, a shop's queue with and
 * without deadlines, the first page and one after a cursor — is planned as a read of an index in the list's order:
 * no sequential scan of the cases and no sort.
 */
@RedressPostgresTest
class CaseListPlansPostgresTest {

    private static final int CASES = 200_000;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseQueue queue;

    private final String tag = "plan-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void manyCases() {
        // one case in ten for the busy buyer and the busy shop; a third of all cases with a deadline, spread over a week
        jdbc.sql("INSERT INTO after_sale_case (case_id, order_id, buyer_id, shop_id, case_type, reason, status,"
                + " intervention, goods_stage, currency, requested_amount, refunded_amount, policy_profile,"
                + " policy_version, version, created_at, updated_at, deadline_at)"
                + " SELECT ? || '-' || n, ? || '-o' || n,"
                + " CASE WHEN n % 10 = 0 THEN ? || '-buyer' ELSE ? || '-b' || (n % 1000) END,"
                + " CASE WHEN n % 10 = 0 THEN ? || '-shop' ELSE ? || '-s' || (n % 100) END,"
                + " 'REFUND_ONLY', 'QUALITY', CASE WHEN n % 2 = 0 THEN 'REQUESTED' ELSE 'REFUNDED' END, 'NONE',"
                + " 'RECEIVED', 'CNY', 100, 0, 'default', 1, 1, now() - n * interval '1 minute',"
                + " now() - n * interval '1 minute',"
                + " CASE WHEN n % 3 = 0 THEN now() + (n % 10080) * interval '1 minute' END"
                + " FROM generate_series(1, ?) n")
                .params(tag, tag, tag, tag, tag, tag, CASES).update();
        jdbc.sql("ANALYZE after_sale_case").update();
    }

    @AfterEach
    void noMore() {
        jdbc.sql("DELETE FROM after_sale_case WHERE case_id LIKE ?").param(tag + "-%").update();
    }

    @Test
    void everyRangeOfEveryListReadsAnIndexInTheListsOrder() {
        List<String> plans = new ArrayList<>();
        CaseQueue.Scope buyer = new CaseQueue.Scope(tag + "-buyer", null);
        CaseQueue.Scope shop = new CaseQueue.Scope(null, tag + "-shop");
        CaseQueue.Scope all = new CaseQueue.Scope(null, null);
        for (CaseQueue.Scope scope : List.of(buyer, shop, all)) {
            CaseQueue.Keyset first = queue.keyset(scope, null, null, null, 20);
            assertThat(first.caseIds()).hasSize(20);
            assertThat(first.next()).isNotNull();
            for (String cursor : new String[] {null, first.next()}) {
                for (CaseQueue.Range range : queue.ranges(scope, null, null, cursor)) {
                    plans.add(explain(range));
                }
            }
        }
        // the shop's queue past its last deadline: the range of cases without one, after a cursor
        String cursor = null;
        for (int page = 0; page < 600 && (cursor == null || queue.ranges(shop, null, null, cursor).size() > 1); page++) {
            cursor = queue.keyset(shop, null, null, cursor, 100).next();
        }
        List<CaseQueue.Range> nulls = queue.ranges(shop, null, null, cursor);
        assertThat(nulls).hasSize(1);
        plans.add(explain(nulls.get(0)));

        assertThat(plans).hasSize(9).allSatisfy(plan -> assertThat(plan)
                .contains("Index")
                .doesNotContain("Seq Scan on after_sale_case")
                .doesNotContain("Sort"));
    }

    private String explain(CaseQueue.Range range) {
        List<Object> params = new ArrayList<>(range.params());
        params.add(21);
        return String.join("\n", jdbc.sql("EXPLAIN " + range.sql()).params(params).query(String.class).list());
    }
}
