package io.redress.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.shared.InvalidField;
import io.redress.shared.InvalidRequest;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ScenarioFilesTest {

    @Test
    void theShippedMarketplaceReadsWithItsDatesAndDurations() {
        Scenario s = Defaults.SCENARIO;
        assertThat(s.orders()).isEqualTo(10_000);
        assertThat(s.start()).isEqualTo(OffsetDateTime.parse("2026-03-02T00:00:00+08:00"));
        assertThat(s.buyers()).extracting(Scenario.BuyerKind::kind).containsExactly("HONEST", "CARELESS", "ABUSIVE");
        assertThat(s.agents().handleTime()).isEqualTo(Duration.ofMinutes(30));
        assertThat(s.validated()).isEqualTo(s);
    }

    @Test
    void whatAScenarioLeavesOutComesFromTheMarketplaceAndJsonIsYamlToo() {
        Scenario s = ScenarioFiles.scenario("{\"name\": \"small\", \"orders\": 300, \"seed\": 9}").validated();
        assertThat(s.orders()).isEqualTo(300);
        assertThat(s.seed()).isEqualTo(9);
        assertThat(s.sellers()).isEqualTo(Defaults.SCENARIO.sellers());
    }

    @Test
    void anUnplayableScenarioIsRefusedNamingTheField() {
        assertThatThrownBy(() -> ScenarioFiles.scenario("orders: 0\npsp: {latency: PT1M, failureRate: 2, timeoutRate: 0}")
                .validated())
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.errors()).extracting(InvalidField::field)
                        .containsExactlyInAnyOrder("orders", "psp.failureRate"));
        assertThatThrownBy(() -> ScenarioFiles.scenario("""
                buyers:
                  - {kind: HONEST, share: 1, refundRate: 1, stages: {RECEIVED: 1}, reasons: {NO_REASON: 1}, evidenceQuality: 1,
                     regret: 0, escalateWhenRefused: 0, reviseWhenRefused: 0, reactWithin: PT2H, returnWithin: P1D,
                     abandonReturn: 0, repays: 1.5}
                """).validated())
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.errors()).extracting(InvalidField::field)
                        .containsExactly("buyers[0].repays"));
        assertThatThrownBy(() -> ScenarioFiles.scenario("orders: 10\nunknownField: 1"))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.errors()).extracting(InvalidField::field)
                        .containsExactly("scenario"));
    }

    @Test
    void theShippedInstantRefundDraftIsTaobaosRulesWithInstantRefundsOn() {
        assertThat(PolicyRefs.file(java.nio.file.Path.of("src/main/resources/scenarios/taobao-instant-refunds.json"), "against"))
                .isEqualTo(Scenarios.taobaoWithInstantRefunds().rules());
    }
}
