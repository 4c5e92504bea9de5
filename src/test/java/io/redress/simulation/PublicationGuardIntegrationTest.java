package io.redress.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.orders.Callers;
import io.redress.policy.PolicyRules;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A draft that shortens the no-reason window below the statutory seven days: its simulation finds the breach, and
 * publishing it is refused until an admin gives a reason, which the audit trail records.
 */
@RedressIntegrationTest
class PublicationGuardIntegrationTest {

    @Autowired SimulationRuns runs;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void aVersionWhoseSimulationBreachesALegalBoundIsPublishedOnlyWithARecordedReason() throws Exception {
        PolicyRules taobao = PolicyRules.taobao();
        PolicyRules draft = new PolicyRules(taobao.timers(), taobao.categoryOverrides(), taobao.limits(),
                Duration.ofDays(3), taobao.thresholdPolicy(), taobao.zone(), taobao.shipping(), taobao.categoryExceptions());
        Scenario scenario = new Scenario("no-reason returns", 3L, null, 12, 12,
                List.of(new Scenario.BuyerKind("HONEST", 1, 1, Map.of("RECEIVED", 1.0), Map.of("NO_REASON", 1.0), 1, 0, 0,
                        0, Duration.ofHours(2), Duration.ofDays(1), 0, null)),
                null, null, null, new Scenario.Psp(Duration.ZERO, 0, 0));
        Object draftBody = ScenarioFiles.JSON.convertValue(draft, Map.class);
        Caller admin = new Caller("admin1", Set.of(Role.ADMIN), null, null);

        SimulationRun queued = runs.start(admin, new SimulationRuns.Request(
                ScenarioFiles.JSON.convertValue(scenario, Map.class), "taobao@1", draftBody));
        SimulationRun done = waitFor(queued.runId());

        assertThat(done.status()).isEqualTo(SimulationRun.Status.DONE);
        assertThat(done.report().baseline().outcomes().legal().total()).isZero();
        assertThat(done.report().candidate().outcomes().legal().noReasonRefusedWithinLaw()).isPositive();
        assertThat(done.legalBreaches()).isEqualTo(done.report().candidate().outcomes().legal().total());

        String profile = "guard-" + UUID.randomUUID().toString().substring(0, 8);
        String change = ScenarioFiles.JSON.writeValueAsString(new SimulatedPolicy("draft", draft).asChange());
        mvc.perform(post("/api/v1/admin/policies/{p}/versions", profile).with(Callers.staff(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content(change))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", Matchers.containsString(done.runId())));
        assertThat(recorded(profile)).isZero();

        mvc.perform(post("/api/v1/admin/policies/{p}/versions", profile).with(Callers.staff(Role.ADMIN))
                        .param("overrideReason", "the window is set by a court order for this market")
                        .contentType(MediaType.APPLICATION_JSON).content(change))
                .andExpect(status().isCreated());
        assertThat(recorded(profile)).isEqualTo(1);
    }

    private long recorded(String profile) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE fact = 'policy.simulation-overridden' AND subject = ?")
                .param("policy:" + profile).query(Long.class).single();
    }

    private SimulationRun waitFor(String runId) throws InterruptedException {
        long giveUp = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        SimulationRun run = runs.find(runId);
        while (run.report() == null && run.status() != SimulationRun.Status.FAILED && System.nanoTime() < giveUp) {
            Thread.sleep(500);
            run = runs.find(runId);
        }
        return run;
    }
}
