package io.redress.deadlines.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.budget.Statements;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.deadlines.Deadline;
import io.redress.deadlines.Deadlines;
import io.redress.deadlines.ExpiredDeadlines;
import io.redress.shared.ClockAdvanced;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@RedressIntegrationTest
class DeadlinesIntegrationTest {

    @Autowired
    Deadlines deadlines;

    @Autowired
    Clock clock;

    @Autowired
    DeadlineFiring firing;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    ExpiredDeadlines expired;

    @BeforeEach
    void record() {
        expired = ExpiredDeadlines.of(context);
    }

    static String newCase() {
        return "C-" + UUID.randomUUID();
    }

    private String deadlineId(String caseId) {
        return jdbc.sql("SELECT deadline_id FROM case_deadline WHERE case_id = ?").param(caseId).query(String.class)
                .single();
    }

    private int executions(String deadlineId) {
        return jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance = ?").param(deadlineId)
                .query(Integer.class).single();
    }

    private int caseDeadlineExecutions() {
        return jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = ?")
                .param(SchedulerConfiguration.CASE_DEADLINE).query(Integer.class).single();
    }

    @Test
    void aCaseHasTheDeadlineItWasLastGiven() {
        String caseId = newCase();
        Instant due = clock.instant().plus(Duration.ofHours(24));
        deadlines.set(caseId, "T_SELLER_UNSHIPPED", "SELLER", due, "AUTO_AGREE");
        String first = deadlineId(caseId);
        Deadline replaced = deadlines.set(caseId, "T_REVISE", "BUYER", due.plus(Duration.ofDays(5)), "AUTO_CLOSE");

        assertThat(deadlines.find(caseId)).contains(replaced);
        assertThat(replaced.timerId()).isEqualTo("T_REVISE");
        assertThat(executions(first)).as("the replaced deadline's execution is gone").isZero();
        assertThat(executions(deadlineId(caseId))).isEqualTo(1);
    }

    @Test
    void aDueDeadlineFiresOnceAndIsNoLongerActive() throws Exception {
        String caseId = newCase();
        deadlines.set(caseId, "T_RETURN", "BUYER", clock.instant().plusMillis(200), "AUTO_CLOSE");

        assertThat(expired.await(Set.of(caseId), Waiting.PATIENCE.toMillis())).isTrue();
        Thread.sleep(500);
        assertThat(expired.count(caseId)).isEqualTo(1);
        assertThat(deadlines.find(caseId)).isEmpty();
    }

    @Test
    void aNewCasesFirstDeadlineIsScheduledWithoutALookAndASecondFirstIsRefused() {
        String caseId = newCase();
        Instant due = clock.instant().plus(Duration.ofHours(24));
        Deadline first = deadlines.first(caseId, "T_SELLER_UNSHIPPED", "SELLER", due, "AUTO_AGREE");
        String id = deadlineId(caseId);

        assertThat(deadlines.find(caseId)).contains(first);
        assertThat(executions(id)).isEqualTo(1);
        assertThatThrownBy(() -> deadlines.first(caseId, "T_REVISE", "BUYER", due.plusSeconds(60), "AUTO_CLOSE"))
                .as("a case that has a deadline row is not new: the key refuses a second")
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(deadlineId(caseId)).as("the first deadline stands, with its execution").isEqualTo(id);
        assertThat(executions(id)).isEqualTo(1);
    }

    @Test
    void runningTheSameExecutionAgainFiresNothing() {
        String caseId = newCase();
        deadlines.set(caseId, "T_RECEIPT", "SELLER", clock.instant().plus(Duration.ofDays(10)), "AUTO_REFUND");
        String id = deadlineId(caseId);

        assertThat(firing.fire(id)).isTrue();
        assertThat(firing.fire(id)).as("a second run, e.g. after a node died before recording completion").isFalse();
    }

    @Test
    void aReplacedOrCancelledDeadlineNeverFires() throws Exception {
        // due a second after it is set, so that a test thread paused by a busy machine still replaces or cancels
        // it before it is due; then watched for longer than the scheduler's polling interval (2 s) past that
        String replacedCase = newCase();
        deadlines.set(replacedCase, "T_SELLER_RECEIVED", "SELLER", clock.instant().plusSeconds(1), "AUTO_AGREE");
        String replaced = deadlineId(replacedCase);
        deadlines.set(replacedCase, "T_REVISE", "BUYER", clock.instant().plus(Duration.ofDays(5)), "AUTO_CLOSE");
        String cancelledCase = newCase();
        deadlines.set(cancelledCase, "T_RETURN", "BUYER", clock.instant().plusSeconds(1), "AUTO_CLOSE");
        String cancelled = deadlineId(cancelledCase);
        deadlines.cancel(cancelledCase);

        assertThat(firing.fire(replaced)).as("an execution of the replaced deadline already running").isFalse();
        assertThat(firing.fire(cancelled)).isFalse();
        Thread.sleep(4000);
        assertThat(expired.count(replacedCase)).isZero();
        assertThat(expired.count(cancelledCase)).isZero();
        assertThat(deadlines.find(cancelledCase)).isEmpty();
    }

    @Test
    void aDeadlineSetInARolledBackTransactionDoesNotExist() {
        String caseId = newCase();
        int before = caseDeadlineExecutions();
        transactions.executeWithoutResult(status -> {
            deadlines.set(caseId, "T_RETURN", "BUYER", clock.instant().plusSeconds(60), "AUTO_CLOSE");
            status.setRollbackOnly();
        });
        assertThat(deadlines.find(caseId)).isEmpty();
        assertThat(caseDeadlineExecutions()).as("the scheduler's row rolled back with the deadline").isEqualTo(before);
    }

    @Test
    void whenTheClockMovesTheDueDeadlinesHaveFiredBeforeTheCallReturns() {
        String caseId = newCase();
        Instant now = clock.instant();
        deadlines.set(caseId, "T_SELLER_UNSHIPPED", "SELLER", now, "AUTO_AGREE");

        events.publishEvent(new ClockAdvanced(now.minusSeconds(1), now));

        assertThat(deadlines.find(caseId)).isEmpty();
        assertThat(expired.count(caseId)).isEqualTo(1);
    }

    @Test
    void advancingTheDevelopmentClockPastADeadlineFiresItBeforeTheAdminCallReturns() throws Exception {
        String caseId = newCase();
        deadlines.set(caseId, "T_SELLER_UNSHIPPED", "SELLER", clock.instant().plus(Duration.ofHours(24)), "AUTO_AGREE");

        mvc.perform(post("/api/v1/admin/clock/advance").with(authentication(new TestingAuthenticationToken(
                                new Caller("admin", Set.of(Role.ADMIN), null, null), null, Role.ADMIN.authority())))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"duration\": \"PT25H\"}"))
                .andExpect(status().isOk());

        assertThat(deadlines.find(caseId)).isEmpty();
        assertThat(expired.count(caseId)).isEqualTo(1);
    }

    @Test
    void aDeadlineNeedsAllItsParts() {
        assertThatThrownBy(() -> deadlines.set(newCase(), " ", "BUYER", clock.instant(), "AUTO_CLOSE"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onH2TheSchedulerFetchesAndClaimsEachExecution() {
        assertThat(SchedulerPolling.AUTO.resolve(dataSource)).isEqualTo(SchedulerPolling.FETCH);
    }

    /**
     * The firing's own transaction: the deadline marked fired, read back for the event, and one event registry row,
     * for the one module whose subject it is (here a case's deadline: the case lifecycle's listener). The listeners
     * of other subjects (disputes, advances, complaints, post-refund requests) say by their condition that it is
     * not theirs before a publication is stored for them.
     */
    @Test
    void aCaseDeadlineFiresInOneTransactionWithOnePublication() {
        String caseId = newCase();
        deadlines.set(caseId, "T_SELLER_AGREE", "SELLER", clock.instant().plus(Duration.ofDays(30)), "AUTO_AGREE");
        String deadlineId = deadlineId(caseId);
        Statements.Recording recording = Statements.onThisThread();
        assertThat(firing.fire(deadlineId)).isTrue();
        Statements.Tally tally = recording.stop();
        assertThat(tally.statements()).as(tally.toString()).isEqualTo(3);
        assertThat(tally.transactions()).as(tally.toString()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT listener_id FROM event_publication WHERE serialized_event LIKE ?")
                .param("%" + caseId + "%").query(String.class).list())
                .singleElement().asString().contains("aftersale.internal.DeadlineExpiries");
    }
}
