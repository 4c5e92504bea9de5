package io.redress.quality;

import static io.redress.intervention.DisputeCalls.BUYER;
import static io.redress.intervention.DisputeCalls.agent;
import static io.redress.intervention.DisputeCalls.senior;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.identity.Role;
import io.redress.intervention.DisputeCalls;
import io.redress.orders.Callers;
import io.redress.orders.OrderJson;
import io.redress.policy.Policies;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Disputes scripted under the development clock with known durations, every ruling sampled (the policy's rate set
 * to 100 % for the cases these tests open, and put back after): the measures per agent, the re-review with its four
 * eyes and its audit fact, and who may read and review.
 */
@RedressIntegrationTest
class QualityIntegrationTest {

    /** Real time passes between the scripted steps too; a minute is far below the hours the script waits. */
    private static final long SLACK_SECONDS = 60;

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
        sampled = EveryRulingSampled.publish(policies, clock, "quality-test");
    }

    @AfterEach
    void rateBack() {
        sampled.restore();
    }

    @Test
    void firstResponseRulingTimeAgreementAndComplaintsAreMeasuredPerAgent() throws Exception {
        String agentA = "qa-agent-" + UUID.randomUUID();
        RequestPostProcessor a = agent(agentA);
        RequestPostProcessor reviewer = senior("qa-senior-" + UUID.randomUUID());

        // case 1: claimed 2 h after it was opened, ruled 3 h + 1 h after the claim
        String first = calls.escalatedCase();
        calls.advance("PT2H");
        calls.done(a, first, "claim", Map.of());
        calls.advance("PT3H");
        calls.done(a, first, "accept", Map.of());
        calls.bothSubmit(first);
        calls.advance("PT1H");
        rule(a, first);
        // case 2: accepted (and so claimed) 1 h after it was opened, ruled 5 h later
        String second = calls.escalatedCase();
        calls.advance("PT1H");
        calls.done(a, second, "accept", Map.of());
        calls.bothSubmit(second);
        calls.advance("PT5H");
        rule(a, second);

        fileComplaint(first, "PLATFORM");
        fileComplaint(second, "SELLER");

        review(reviewer, "QA-" + first, "AGREE").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVIEWED")).andExpect(jsonPath("$.agent").value(agentA));
        review(reviewer, "QA-" + second, "DISAGREE").andExpect(status().isOk());

        Map<String, Object> metrics = agentRow(agentA);
        assertThat(metrics).containsEntry("firstResponses", 2).containsEntry("rulings", 2).containsEntry("sampled", 2)
                .containsEntry("reviewed", 2).containsEntry("agreed", 1).containsEntry("agreementRate", 0.5)
                .containsEntry("complaintsAboutHandling", 1);
        assertThat(seconds(metrics, "firstResponseAverageSeconds")).isBetween(5_400L, 5_400L + SLACK_SECONDS);
        assertThat(seconds(metrics, "rulingAverageSeconds")).isBetween(16_200L, 16_200L + SLACK_SECONDS);
        assertThat(jdbc.sql("SELECT fact FROM audit_record WHERE subject = ?").param("case:" + second).query(String.class)
                .list()).contains("intervention.claimed", "quality.reviewed");
    }

    @Test
    void theSeniorWhoRuledMayNotReviewTheSampleAndASampleIsReviewedOnce() throws Exception {
        String rulerName = "qa-ruler-" + UUID.randomUUID();
        RequestPostProcessor ruler = senior(rulerName);
        String sampleId = sampleRuledBy(ruler);

        mvc.perform(get("/api/v1/quality/samples").param("status", "PENDING").with(ruler)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.sampleId == '" + sampleId + "')].allowedActions[0]").doesNotExist());
        review(ruler, sampleId, "AGREE").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("four eyes")));
        assertThat(agentRow(rulerName)).containsEntry("reviewed", 0);

        RequestPostProcessor other = senior("qa-other-" + UUID.randomUUID());
        review(other, sampleId, "DISAGREE").andExpect(status().isOk()).andExpect(jsonPath("$.verdict").value("DISAGREE"));
        review(senior("qa-third-" + UUID.randomUUID()), sampleId, "AGREE").andExpect(status().isConflict());
        mvc.perform(get("/api/v1/quality/samples").param("status", "REVIEWED").with(other)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.sampleId == '" + sampleId + "')].verdict").value("DISAGREE"));
        mvc.perform(get("/api/v1/quality/samples").param("status", "PENDING").with(other)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.sampleId == '" + sampleId + "')]").isEmpty());
    }

    @Test
    void onlySeniorAgentsReviewAndAgentsCannotSeeTheSample() throws Exception {
        String caseId = calls.escalatedCase();
        RequestPostProcessor firstAgent = agent("qa-a-" + UUID.randomUUID());
        calls.done(firstAgent, caseId, "accept", Map.of());
        calls.bothSubmit(caseId);
        String ruler = "qa-b-" + UUID.randomUUID();
        calls.done(firstAgent, caseId, "release", Map.of());
        calls.done(agent(ruler), caseId, "claim", Map.of());
        rule(agent(ruler), caseId);

        mvc.perform(get("/api/v1/quality/samples").with(agent("qa-c"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/quality/agents").with(agent("qa-c"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/quality/samples").with(Callers.staff(Role.AUDITOR))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.sampleId == 'QA-" + caseId + "')].agent").value(ruler));
        mvc.perform(get("/api/v1/quality/agents").with(Callers.staff(Role.ADMIN))).andExpect(status().isOk());
        review(Callers.staff(Role.AUDITOR), "QA-" + caseId, "AGREE").andExpect(status().isForbidden());
        review(agent("qa-c"), "QA-" + caseId, "AGREE").andExpect(status().isForbidden());
        review(senior("qa-d"), "QA-nope", "AGREE").andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/quality/samples/QA-" + caseId + "/review").with(senior("qa-d"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"verdict\": \"AGREE\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reasons"));
        // the ruling agent held it after another agent: both handled the case, the ruling is timed from its own claim
        assertThat(agentRow(ruler)).containsEntry("rulings", 1).containsEntry("firstResponses", 0);
    }

    @Test
    void theConsolePageOffersTheReviewToAnotherSeniorOnlyAndTellsTheRulerWhyNot() throws Exception {
        String rulerName = "qa-page-ruler-" + UUID.randomUUID();
        RequestPostProcessor ruler = senior(rulerName);
        String sampleId = sampleRuledBy(ruler);
        String row = "data-sample=\"" + sampleId + "\"";
        String form = "/quality/samples/" + sampleId + "/review";

        mvc.perform(get("/quality").with(ruler)).andExpect(status().isOk())
                .andExpect(content().string(containsString(row))).andExpect(content().string(not(containsString(form))));
        RequestPostProcessor other = senior("qa-page-other-" + UUID.randomUUID());
        mvc.perform(get("/quality").with(other)).andExpect(status().isOk())
                .andExpect(content().string(containsString(form)))
                .andExpect(content().string(containsString("data-agent=\"" + rulerName + "\"")));

        mvc.perform(post(form).with(ruler).with(csrf()).param("verdict", "AGREE").param("reasons", "mine"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("refused", "作出裁决的小二不得复核自己的裁决。"));
        mvc.perform(post(form).with(other).with(csrf()).param("verdict", "DISAGREE").param("reasons", "the photo is unclear"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("done", sampleId));
        mvc.perform(get("/quality").with(other)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-verdict=\"DISAGREE\"")));
        mvc.perform(get("/quality").with(agent("qa-page-agent"))).andExpect(status().isForbidden());
        mvc.perform(get("/agent/complaints").with(BUYER)).andExpect(status().isForbidden());
    }

    /** A dispute accepted and ruled by {@code ruler}; answers the id of its sample (every ruling is sampled here). */
    private String sampleRuledBy(RequestPostProcessor ruler) throws Exception {
        String caseId = calls.escalatedCase();
        calls.done(ruler, caseId, "accept", Map.of());
        calls.bothSubmit(caseId);
        rule(ruler, caseId);
        return "QA-" + caseId;
    }

    private void rule(RequestPostProcessor as, String caseId) throws Exception {
        calls.done(as, caseId, "rule", Map.of("outcome", "REFUND", "faultParty", "SELLER",
                "reasons", "the photo shows a torn seam", "evidenceIds", List.of()));
    }

    private void fileComplaint(String caseId, String against) throws Exception {
        mvc.perform(post("/api/v1/complaints").with(BUYER).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(Map.of("caseId", caseId, "against", against, "category", "UNFAIR_DECISION",
                        "message", "the agent ignored my photos", "evidenceIds", List.of()))))
                .andExpect(status().isCreated());
    }

    private ResultActions review(RequestPostProcessor as, String sampleId, String verdict) throws Exception {
        return mvc.perform(post("/api/v1/quality/samples/" + sampleId + "/review").with(as)
                .contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(Map.of("verdict", verdict, "reasons", "the evidence supports it"))));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> agentRow(String agent) throws Exception {
        List<Map<String, Object>> rows = JsonMapper.shared().readValue(mvc.perform(get("/api/v1/quality/agents")
                .with(senior("qa-reader"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), List.class);
        return rows.stream().filter(r -> agent.equals(r.get("agent"))).findFirst().orElseThrow();
    }

    private static long seconds(Map<String, Object> row, String field) {
        return ((Number) row.get(field)).longValue();
    }
}
