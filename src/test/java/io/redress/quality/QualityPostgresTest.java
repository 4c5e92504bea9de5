package io.redress.quality;

import static io.redress.intervention.DisputeCalls.agent;
import static io.redress.intervention.DisputeCalls.senior;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressPostgresTest;
import io.redress.intervention.DisputeCalls;
import io.redress.orders.OrderJson;
import io.redress.orders.Race;
import io.redress.policy.Policies;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The review of a sample on PostgreSQL: once under a race of reviewers, never by the one who ruled, and the measures' SQL. */
@RedressPostgresTest
class QualityPostgresTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Autowired
    Policies policies;

    @Autowired
    JdbcClient jdbc;

    DisputeCalls calls;
    EveryRulingSampled sampled;

    @BeforeEach
    void everyRulingSampled() {
        calls = new DisputeCalls(mvc, clock);
        sampled = EveryRulingSampled.publish(policies, clock, "quality-pg-test");
    }

    @AfterEach
    void rateBack() {
        sampled.restore();
    }

    @Test
    void eightSeniorsReviewingOneSampleAtOnceRecordOneReview() throws Exception {
        String ruler = "qa-pg-" + UUID.randomUUID();
        String caseId = ruled(ruler);
        AtomicInteger n = new AtomicInteger();

        List<Integer> statuses = Race.run(8, () -> mvc.perform(post("/api/v1/quality/samples/QA-" + caseId + "/review")
                        .with(senior("qa-pg-senior-" + n.incrementAndGet())).contentType(MediaType.APPLICATION_JSON)
                        .content(OrderJson.write(Map.of("verdict", "AGREE", "reasons", "the photo shows it"))))
                .andReturn().getResponse().getStatus());

        assertThat(statuses).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE fact = 'quality.reviewed' AND subject = ?")
                .param("case:" + caseId).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/api/v1/quality/agents").with(senior("qa-pg-reader"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.agent == '" + ruler + "')].reviewed").value(1))
                .andExpect(jsonPath("$[?(@.agent == '" + ruler + "')].agreementRate").value(1.0))
                .andExpect(jsonPath("$[?(@.agent == '" + ruler + "')].rulingAverageSeconds").isNotEmpty());
    }

    @Test
    void theTableRefusesAReviewByTheAgentWhoRuled() throws Exception {
        String ruler = "qa-pg-" + UUID.randomUUID();
        String caseId = ruled(ruler);

        assertThatThrownBy(() -> jdbc.sql("""
                UPDATE qa_ruling SET verdict = 'AGREE', reasons = 'mine', reviewed_by = agent, reviewed_at = ?
                WHERE case_id = ?""").params(clock.instant().atOffset(ZoneOffset.UTC), caseId).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("qa_ruling_four_eyes");
    }

    private String ruled(String ruler) throws Exception {
        String caseId = calls.escalatedCase();
        calls.done(agent(ruler), caseId, "accept", Map.of());
        calls.bothSubmit(caseId);
        calls.done(agent(ruler), caseId, "rule", Map.of("outcome", "REFUND", "faultParty", "SELLER",
                "reasons", "the photo shows a torn seam", "evidenceIds", List.of()));
        return caseId;
    }
}
