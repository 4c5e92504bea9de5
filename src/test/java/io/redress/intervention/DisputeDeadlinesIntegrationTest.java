package io.redress.intervention;

import static io.redress.intervention.DisputeCalls.BUYER;
import static io.redress.intervention.DisputeCalls.SELLER;
import static io.redress.intervention.DisputeCalls.agent;
import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.deadlines.Deadline;
import io.redress.deadlines.Deadlines;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The dispute's timers under the development clock. */
@RedressIntegrationTest
class DisputeDeadlinesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    java.time.Clock clock;
    @Autowired
    Deadlines deadlines;

    DisputeCalls calls;

    @BeforeEach
    void calls() {
        calls = new DisputeCalls(mvc, clock);
    }

    @Test
    void whenTheSilentPartysEvidencePeriodRunsOutTheDisputeGoesToFirstReview() throws Exception {
        String caseId = calls.escalatedCase();
        calls.done(agent("agent-t"), caseId, "accept", Map.of());
        calls.done(BUYER, caseId, "submit-evidence", Map.of("statement", "torn seam"));
        assertThat(deadlines.find(caseId + "#EVIDENCE:BUYER")).isEmpty();
        Deadline sellers = deadlines.find(caseId + "#EVIDENCE:SELLER").orElseThrow();
        assertThat(sellers.onExpiry()).isEqualTo("CLOSE_EVIDENCE");

        calls.advance("PT73H");

        Map<String, Object> reviewed = Waiting.until(() -> dispute(caseId),
                d -> "FIRST_REVIEW".equals(d.get("status")));
        assertThat(reviewed.get("slaDueAt")).as("the agents' time to rule runs").isNotNull();
        assertThat(calls.readCase(caseId)).containsEntry("status", "SELLER_REFUSED")
                .containsEntry("intervention", "FIRST_REVIEW");
    }

    @Test
    void aSuspensionPausesTheEvidenceTimersAndTheResumptionGivesBackTheTimeThatWasLeft() throws Exception {
        String caseId = calls.escalatedCase();
        calls.done(agent("agent-p"), caseId, "accept", Map.of());
        Instant due = OffsetDateTime.parse(calls.dispute(BUYER, caseId).get("evidenceDueAt").toString()).toInstant();
        calls.advance("PT24H");

        Instant suspendedAt = clock.instant();
        assertThat(calls.done(SELLER, caseId, "suspend", Map.of("ground", "OFF_PLATFORM_TALKS")))
                .containsEntry("status", "SUSPENDED");
        assertThat(deadlines.find(caseId + "#EVIDENCE:BUYER")).as("paused").isEmpty();
        assertThat(deadlines.find(caseId + "#SUSPEND")).isPresent();

        calls.advance("PT72H"); // past the original evidence due time
        Thread.sleep(500);
        assertThat(dispute(caseId)).containsEntry("status", "SUSPENDED");

        Map<String, Object> resumed = calls.done(BUYER, caseId, "resume", Map.of());
        Instant resumedAt = clock.instant();
        assertThat(resumed).containsEntry("status", "EVIDENCE");
        Instant newDue = OffsetDateTime.parse(resumed.get("evidenceDueAt").toString()).toInstant();
        // read around the two calls, so the pause the application measured is within them: shorter by at most the
        // time those two calls took, which on a busy machine can be seconds
        Duration paused = Duration.between(suspendedAt, resumedAt);
        assertThat(Duration.between(due, newDue)).isBetween(paused.minusMinutes(1), paused);
        assertThat(deadlines.find(caseId + "#EVIDENCE:BUYER").orElseThrow().dueAt()).isEqualTo(newDue);
        assertThat(deadlines.find(caseId + "#SUSPEND")).isEmpty();
        assertThat(Duration.between(resumedAt, newDue)).as("the 2 days that were left")
                .isBetween(Duration.ofHours(47).plusMinutes(55), Duration.ofHours(48));
    }

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void whenTheSuspensionTimerRunsOutThePlatformResumesTheDispute() throws Exception {
        String caseId = calls.escalatedCase();
        calls.done(agent("agent-q"), caseId, "accept", Map.of());
        calls.done(BUYER, caseId, "suspend", Map.of("ground", "POLICE_REPORT"));
        Deadline suspension = deadlines.find(caseId + "#SUSPEND").orElseThrow();
        assertThat(suspension.onExpiry()).isEqualTo("RESUME");
        assertThat(Duration.between(clock.instant(), suspension.dueAt())).as("7 working days to file the receipt")
                .isGreaterThan(Duration.ofDays(8));

        transactions.executeWithoutResult(tx -> events.publishEvent(new io.redress.deadlines.DeadlineExpired(
                suspension.caseId(), suspension.timerId(), suspension.onExpiry(), suspension.dueAt())));

        Waiting.until(() -> dispute(caseId), d -> "EVIDENCE".equals(d.get("status")));
        assertThat(deadlines.find(caseId + "#EVIDENCE:SELLER")).as("the evidence timers run again").isPresent();
    }

    private Map<String, Object> dispute(String caseId) {
        try {
            return calls.dispute(agent("watcher"), caseId);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
