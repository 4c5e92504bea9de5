package io.redress.aftersale;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.redress.aftersale.internal.CaseTimeline;
import io.redress.RedressPostgresTest;
import io.redress.deadlines.SchedulerNodes;
import io.redress.orders.OrderJson;
import io.redress.policy.TestTimers;
import io.redress.policy.Policies;
import io.redress.policy.PolicyChange;
import io.redress.policy.TimerId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Expiry all the way through: deadline, event publication registry, transition table, stored case, with two
 * db-scheduler nodes in this JVM; with two application processes see {@link TwoApplicationProcessesPostgresTest}.
 */
@RedressPostgresTest
class CaseExpiriesPostgresTest {

    @Autowired
    CaseLifecycle lifecycle;

    @Autowired
    Cases cases;

    @Autowired
    Policies policies;

    @Autowired
    Scheduler applicationScheduler;

    @Autowired
    OneTimeTask<Void> caseDeadlineTask;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseTimeline timeline;

    @Test
    void eachSilentSellersDeadlineAgreesExactlyOnceWithTwoSchedulers() throws Exception {
        String profile = "fast-" + UUID.randomUUID().toString().substring(0, 8);
        policies.publish(profile, new PolicyChange(null, true,
                Map.of(TimerId.T_SELLER_UNSHIPPED, TestTimers.seconds(2)), null, null, null, null, null), "test");
        List<String> orderIds = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            orderIds.add(OrderJson.pushExample(mvc)); // an expiry locks the case's order
        }
        List<Case> opened = orderIds.stream().map(orderId -> {
            String id = "C-" + UUID.randomUUID();
            return lifecycle.open(Case.requested(id, orderId, "buyer-1", "shop-1", CaseType.REFUND_ONLY,
                    CaseReason.NOT_RECEIVED, GoodsStage.UNSHIPPED, null, "CNY", 100, List.of(new CaseLine("L1", 1)),
                    profile, 1, clock.instant()));
        }).toList();

        applicationScheduler.pause();
        try (SchedulerNodes nodes = new SchedulerNodes(dataSource, caseDeadlineTask)) {
            nodes.start("instance-1");
            nodes.start("instance-2");
            long giveUp = System.currentTimeMillis() + 60_000;
            while (opened.stream().anyMatch(c -> status(c) == CaseStatus.REQUESTED)
                    && System.currentTimeMillis() < giveUp) {
                Thread.sleep(100);
            }
            Thread.sleep(2000);
        } finally {
            applicationScheduler.resume();
        }
        assertThat(opened).allSatisfy(c -> assertThat(timeline.of(c.caseId()))
                .filteredOn(e -> e.action().equals("AUTO_AGREE")).as("acted on once").singleElement()
                .satisfies(e -> assertThat(e.version()).isEqualTo(2)));
    }

    private CaseStatus status(Case c) {
        return cases.find(c.caseId()).orElseThrow().status();
    }
}
