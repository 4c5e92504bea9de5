package io.redress.advance;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressPostgresTest;
import io.redress.advance.internal.AdvanceRows;
import io.redress.orders.Race;
import io.redress.policy.InstantRefundPolicy;
import io.redress.policy.Policies;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@RedressPostgresTest
class InstantRefundQuotaPostgresTest {

    /** Three refunds of 8900 fit, a fourth does not. */
    private static final long QUOTA = 30_000;
    private static final long EACH = 8_900;

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    Policies policies;
    @Autowired
    InstantRefundQuotas quotas;
    @Autowired
    AdvanceRows advances;
    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentInstantRefundsOfOneBuyerOnEightOrdersNeverExceedTheQuota() throws Exception {
        AdvanceCalls calls = new AdvanceCalls(mvc, clock);
        InstantRefundPolicy before = AdvanceCalls.terms(policies,
                new InstantRefundPolicy(true, true, QUOTA, 90, 100, 10_000_000, null, null, null, 0));
        try {
            List<String> orderIds = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                orderIds.add(calls.order());
            }
            AtomicInteger next = new AtomicInteger();
            List<Map<String, Object>> opened = Race.run(8,
                    () -> calls.opened(orderIds.get(next.getAndIncrement()), "REFUND_ONLY", "NOT_RECEIVED"));

            long paidFirst = opened.stream().filter(c -> "ADVANCED".equals(c.get("advanceStatus"))).count();
            System.out.printf("8 concurrent instant refunds of one buyer, quota %d: %d advanced, statuses %s%n", QUOTA,
                    paidFirst, opened.stream().map(c -> c.get("status")).toList());
            assertThat(paidFirst).isEqualTo(QUOTA / EACH);
            assertThat(opened).filteredOn(c -> "NONE".equals(c.get("advanceStatus")))
                    .allSatisfy(c -> assertThat(c).containsEntry("status", "REQUESTED"));
            long held = advances.quotaHeld(calls.buyerId);
            assertThat(held).isEqualTo(paidFirst * EACH).isLessThanOrEqualTo(QUOTA);
            assertThat(jdbc.sql("SELECT used FROM instant_refund_quota WHERE buyer_id = ?").param(calls.buyerId)
                    .query(Long.class).single()).isEqualTo(held);
            assertThat(quotas.of(calls.buyerId).quotaLeft()).isEqualTo(QUOTA - held);
        } finally {
            AdvanceCalls.terms(policies, before);
        }
    }
}
