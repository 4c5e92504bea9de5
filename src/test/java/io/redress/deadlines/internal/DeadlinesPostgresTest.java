package io.redress.deadlines.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.redress.RedressPostgresTest;
import io.redress.Waiting;
import io.redress.deadlines.Deadlines;
import io.redress.deadlines.ExpiredDeadlines;
import io.redress.deadlines.SchedulerNodes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Extra db-scheduler nodes in this JVM on the same PostgreSQL database run the application's deadline task;
 * the application's own scheduler is paused meanwhile so only they poll. They share one application context,
 * so they prove the scheduler's part; separate application processes are
 * {@link io.redress.aftersale.TwoApplicationProcessesPostgresTest}.
 */
@RedressPostgresTest
class DeadlinesPostgresTest {

    @Autowired
    Deadlines deadlines;

    @Autowired
    Clock clock;

    @Autowired
    DeadlineFiring firing;

    @Autowired
    OneTimeTask<Void> caseDeadlineTask;

    @Autowired
    Scheduler applicationScheduler;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    ExpiredDeadlines expired;

    @BeforeEach
    void onlyTheTestNodesPoll() {
        expired = ExpiredDeadlines.of(context);
        applicationScheduler.pause();
    }

    @AfterEach
    void resume() {
        applicationScheduler.resume();
    }

    private static Set<String> newCases(int n) {
        return IntStream.range(0, n).mapToObj(i -> "C-" + UUID.randomUUID()).collect(Collectors.toSet());
    }

    private int executionsLeft(Set<String> caseIds) {
        return jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks t JOIN case_deadline d ON d.deadline_id = t.task_instance"
                        + " WHERE d.case_id IN (:cases)")
                .param("cases", caseIds).query(Integer.class).single();
    }

    /**
     * On PostgreSQL a cancel is one statement: the deadline's row goes, and its execution with it unless a scheduler
     * picked it (the picked one runs, finds no deadline and fires nothing); nothing else's execution is touched.
     */
    @Test
    void aCancelDeletesTheDeadlineAndItsUnpickedExecutionInOneStatement() {
        String waiting = "C-" + UUID.randomUUID();
        String picked = "C-" + UUID.randomUUID();
        String other = "C-" + UUID.randomUUID();
        Instant due = clock.instant().plus(Duration.ofDays(3));
        for (String caseId : Set.of(waiting, picked, other)) {
            deadlines.set(caseId, "T_SELLER_RESPOND", "SELLER", due, "AUTO_AGREE");
        }
        String waitingId = deadlineId(waiting);
        String pickedId = deadlineId(picked);
        String otherId = deadlineId(other);
        jdbc.sql("UPDATE scheduled_tasks SET picked = TRUE WHERE task_instance = ?").param(pickedId).update();

        io.redress.budget.Statements.Recording recording = io.redress.budget.Statements.onThisThread();
        deadlines.cancel(waiting);
        assertThat(recording.stop().statements()).isEqualTo(1);
        deadlines.cancel(picked);

        assertThat(deadlines.find(waiting)).isEmpty();
        assertThat(deadlines.find(picked)).isEmpty();
        assertThat(executions(waitingId)).isZero();
        assertThat(executions(pickedId)).isEqualTo(1);
        assertThat(executions(otherId)).isEqualTo(1);
        assertThat(firing.fire(pickedId)).isFalse();
        jdbc.sql("DELETE FROM scheduled_tasks WHERE task_instance = ?").param(pickedId).update();
        deadlines.cancel(other);
    }

    private int executions(String deadlineId) {
        return jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance = ?").param(deadlineId)
                .query(Integer.class).single();
    }

    @Test
    void onPostgresqlTheSchedulerClaimsDueExecutionsWithLockAndFetch() {
        assertThat(SchedulerPolling.AUTO.resolve(dataSource)).isEqualTo(SchedulerPolling.LOCK_AND_FETCH);
    }

    /** As the application polls on PostgreSQL: lock-and-fetch ({@code FOR UPDATE SKIP LOCKED}). */
    @Test
    void twoHundredDeadlinesFireExactlyOnceWithTwoSchedulersPollingOneDatabase() throws Exception {
        twoHundredFireExactlyOnceWithTwoNodes(SchedulerPolling.AUTO);
    }

    /** redress.deadlines.polling=fetch: each execution claimed by its own compare-and-set update. */
    @Test
    void twoHundredDeadlinesFireExactlyOnceWithTwoSchedulersFetchingAndClaimingEachExecution() throws Exception {
        twoHundredFireExactlyOnceWithTwoNodes(SchedulerPolling.FETCH);
    }

    private void twoHundredFireExactlyOnceWithTwoNodes(SchedulerPolling polling) throws Exception {
        Set<String> cases = newCases(200);
        Instant due = clock.instant().plusSeconds(1);
        cases.forEach(id -> deadlines.set(id, "T_SELLER_UNSHIPPED", "SELLER", due, "AUTO_AGREE"));
        SchedulerNodes nodes = new SchedulerNodes(dataSource, caseDeadlineTask, polling);
        try (nodes) {
            nodes.start("node-a");
            nodes.start("node-b");
            assertThat(expired.await(cases, 60_000)).as("all 200 fired").isTrue();
            Thread.sleep(2000);
        }
        assertThat(cases).allSatisfy(id -> assertThat(expired.count(id)).as(id).isEqualTo(1));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_deadline WHERE case_id IN (:cases) AND fired_at IS NOT NULL")
                .param("cases", cases).query(Integer.class).single()).isEqualTo(200);
        assertThat(executionsLeft(cases)).isZero();
        Set<String> ids = jdbc.sql("SELECT deadline_id FROM case_deadline WHERE case_id IN (:cases)")
                .param("cases", cases).query(String.class).set();
        assertThat(ids).allSatisfy(id -> assertThat(nodes.executions(id)).as(id).isEqualTo(1));
        assertThat(ids.stream().map(nodes::node).collect(Collectors.toSet()))
                .as("both instances took part").containsExactlyInAnyOrder("node-a", "node-b");
    }

    @Test
    void aDeadlineSurvivesARestartAndFiresOnTheNextInstance() throws Exception {
        String caseId = "C-" + UUID.randomUUID();
        try (SchedulerNodes before = new SchedulerNodes(dataSource, caseDeadlineTask)) {
            before.start("before-restart");
            deadlines.set(caseId, "T_RETURN", "BUYER", clock.instant().plusMillis(1500), "AUTO_CLOSE");
        }
        Thread.sleep(2000);
        assertThat(expired.count(caseId)).as("nothing polls while the application is down").isZero();

        try (SchedulerNodes after = new SchedulerNodes(dataSource, caseDeadlineTask)) {
            after.start("after-restart");
            assertThat(expired.await(Set.of(caseId), Waiting.PATIENCE.toMillis())).isTrue();
        }
        assertThat(expired.count(caseId)).isEqualTo(1);
        assertThat(deadlines.find(caseId)).isEmpty();
    }

    @Test
    void anInstanceDyingAfterTheDeadlineActedDoesNotMakeItActAgain() throws Exception {
        String actedCase = "C-" + UUID.randomUUID();
        String pendingCase = "C-" + UUID.randomUUID();
        deadlines.set(actedCase, "T_RECEIPT", "SELLER", clock.instant(), "AUTO_REFUND");
        deadlines.set(pendingCase, "T_RECEIPT", "SELLER", clock.instant(), "AUTO_REFUND");
        // the dead node had picked both; it fired the first and died before db-scheduler recorded completion
        assertThat(firing.fire(deadlineId(actedCase))).isTrue();
        jdbc.sql("UPDATE scheduled_tasks SET picked = TRUE, picked_by = 'dead-node', last_heartbeat = :heartbeat"
                        + " WHERE task_instance IN (:ids)")
                .param("heartbeat", clock.instant().minusSeconds(3600).atOffset(java.time.ZoneOffset.UTC))
                .param("ids", Set.of(deadlineId(actedCase), deadlineId(pendingCase)))
                .update();

        try (SchedulerNodes survivor = new SchedulerNodes(dataSource, caseDeadlineTask)) {
            survivor.start("survivor");
            assertThat(expired.await(Set.of(pendingCase), Waiting.PATIENCE.toMillis())).as("the dead node's other deadline").isTrue();
            long giveUp = System.currentTimeMillis() + Waiting.PATIENCE.toMillis();
            while (executionsLeft(Set.of(actedCase)) > 0 && System.currentTimeMillis() < giveUp) {
                Thread.sleep(100);
            }
        }
        assertThat(executionsLeft(Set.of(actedCase))).as("the revived execution ran and completed").isZero();
        assertThat(expired.count(actedCase)).isEqualTo(1);
        assertThat(expired.count(pendingCase)).isEqualTo(1);
    }

    private String deadlineId(String caseId) {
        return jdbc.sql("SELECT deadline_id FROM case_deadline WHERE case_id = ?").param(caseId).query(String.class)
                .single();
    }
}
