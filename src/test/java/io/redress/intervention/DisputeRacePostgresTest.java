package io.redress.intervention;

import static io.redress.intervention.DisputeCalls.BUYER;
import static io.redress.intervention.DisputeCalls.SELLER;
import static io.redress.intervention.DisputeCalls.agent;
import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressPostgresTest;
import io.redress.orders.Race;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The parties act at the very moment the agent rules: exactly one of them changes the dispute. */
@RedressPostgresTest
class DisputeRacePostgresTest {

    private static final int ROUNDS = 5;

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRulingRacingTheBuyersWithdrawalAndTheSellersSuspensionHasExactlyOneWinner() throws Exception {
        DisputeCalls calls = new DisputeCalls(mvc, clock);
        List<String> winners = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            String caseId = calls.escalatedCase();
            calls.done(agent("agent-race"), caseId, "accept", Map.of());
            calls.bothSubmit(caseId);
            long version = calls.version(caseId);

            AtomicInteger turn = new AtomicInteger();
            List<Integer> statuses = Race.run(3, () -> switch (turn.getAndIncrement()) {
                case 0 -> calls.act(agent("agent-race"), caseId, "rule", Map.of("version", version,
                        "outcome", "REFUND", "faultParty", "SELLER", "reasons", "torn"))
                        .andReturn().getResponse().getStatus();
                case 1 -> calls.act(BUYER, caseId, "withdraw", Map.of("version", version))
                        .andReturn().getResponse().getStatus();
                default -> calls.act(SELLER, caseId, "suspend", Map.of("version", version,
                        "ground", "LAWSUIT")).andReturn().getResponse().getStatus();
            });

            assertThat(statuses).as("round %d: %s", round, statuses).containsOnly(200, 409);
            assertThat(statuses.stream().filter(s -> s == 200).count()).as("round %d", round).isEqualTo(1);
            Map<String, Object> c = calls.readCase(caseId);
            String intervention = c.get("intervention").toString();
            assertThat(intervention).isIn("APPEAL_OPEN", "WITHDRAWN", "SUSPENDED");
            long rulings = jdbc.sql("SELECT COUNT(*) FROM intervention_ruling WHERE case_id = ?").param(caseId)
                    .query(Long.class).single();
            assertThat(rulings).isEqualTo(intervention.equals("APPEAL_OPEN") ? 1 : 0);
            assertThat(c.get("status")).isEqualTo(intervention.equals("APPEAL_OPEN") ? c.get("status")
                    : "SELLER_REFUSED");
            if (!intervention.equals("APPEAL_OPEN")) {
                long held = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM after_sale_case_reservation"
                        + " WHERE case_id = ? AND part = 'PAYMENT'").param(caseId).query(Long.class).single();
                assertThat(held).as("the request's reservation is untouched").isEqualTo(8900);
            }
            winners.add(intervention);
        }
        System.out.printf("ruling vs withdrawal vs suspension, %d rounds, winners: %s%n", ROUNDS, winners);
    }
}
