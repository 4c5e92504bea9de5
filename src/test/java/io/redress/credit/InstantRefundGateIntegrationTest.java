package io.redress.credit;

import static io.redress.credit.CreditCalls.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.advance.InstantRefundGate;
import io.redress.advance.InstantRefundsOn;
import io.redress.intervention.DisputeCalls;
import io.redress.orders.Callers;
import io.redress.policy.InstantRefundPolicy;
import io.redress.policy.PolicyChange;
import io.redress.policy.Policies;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The credit record as the instant-refund gate: a suspended INSTANT_REFUND privilege refuses, the standing is
 * reported as a score the policy's {@code minStanding} reads, and the standing endpoint and the buyer's page show the
 * quota block.
 */
@RedressIntegrationTest
@ExtendWith(InstantRefundsOn.class)
class InstantRefundGateIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    InstantRefundGate gate;
    @Autowired
    CreditInputs inputs;
    @Autowired
    Policies policies;

    @Test
    void theCreditRecordIsTheGateAndReportsTheStandingAsAScore() {
        assertThat(gate.getClass().getName()).startsWith("io.redress.credit.");
        String buyerId = "buyer-g-" + UUID.randomUUID();
        assertThat(gate.allows(buyerId)).isEqualTo(new InstantRefundGate.Decision(true, null, 4));
        recordFault(buyerId);
        assertThat(gate.allows(buyerId)).isEqualTo(new InstantRefundGate.Decision(true, null, 3));
        assertThat(List.of(Standing.Level.values())).extracting(Standing.Level::score).containsExactly(4, 3, 2, 1);
    }

    @Test
    void aSuspendedInstantRefundPrivilegeRefusesAndTheStandingShowsWhy() throws Exception {
        CreditCalls calls = new CreditCalls(mvc, clock);
        String buyerId = "buyer-g-" + UUID.randomUUID();
        calls.standing(Callers.buyer(buyerId), "buyer", buyerId).andExpect(status().isOk())
                .andExpect(jsonPath("$.instantRefund.eligible").value(true))
                .andExpect(jsonPath("$.instantRefund.quotaTotal").value(200000))
                .andExpect(jsonPath("$.instantRefund.quotaLeft").value(200000))
                .andExpect(jsonPath("$.instantRefund.currency").value("CNY"))
                .andExpect(jsonPath("$.instantRefund.reasons").isEmpty());
        calls.issue(DisputeCalls.senior("senior-g"), Map.of("party", "buyer:" + buyerId, "kind", "PRIVILEGE_SUSPENDED",
                "privilege", "INSTANT_REFUND", "reasonCode", "EMPTY_PARCELS", "reasons", "three empty parcels",
                "duration", "P30D")).andExpect(status().isCreated());

        assertThat(gate.allows(buyerId).allowed()).isFalse();
        assertThat(gate.allows(buyerId).reason()).isEqualTo("penalty.instant-refund-suspended");
        calls.standing(Callers.buyer(buyerId), "buyer", buyerId).andExpect(status().isOk())
                .andExpect(jsonPath("$.instantRefund.eligible").value(false))
                .andExpect(jsonPath("$.instantRefund.reasons[0]").value("gate:penalty.instant-refund-suspended"))
                .andExpect(jsonPath("$.privileges.instantRefund").value(false));
        String page = mvc.perform(get("/standing").with(Callers.buyer(buyerId)).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-test=\"quota\"").contains("Not available now")
                .contains("a penalty suspends your instant refunds").contains("href=\"/instant-refund\"");
        String quotaPage = mvc.perform(get("/instant-refund").with(Callers.buyer(buyerId)).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(quotaPage).contains("Not available now").contains("a penalty suspends your instant refunds");
    }

    @Test
    void aShopHasNoInstantRefundBlock() throws Exception {
        String shopId = "shop-g-" + UUID.randomUUID();
        assertThat(json(new CreditCalls(mvc, clock).standing(Callers.seller(shopId), "shop", shopId)
                .andExpect(status().isOk()))).containsEntry("instantRefund", null);
        String page = mvc.perform(get("/standing").with(Callers.seller(shopId))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("data-test=\"quota\"");
    }

    @Test
    void aStandingBelowThePolicysMinimumRefusesInstantRefunds() throws Exception {
        InstantRefundPolicy on = InstantRefundPolicy.DEFAULTS.turned(true);
        policies.publish(policies.defaultProfile(), PolicyChange.urgent(new InstantRefundPolicy(on.unshipped(),
                on.onReturnShipped(), on.quotaPerBuyer(), on.trailingDays(), on.maxCount(), on.maxAmount(),
                on.excludedInstruments(), on.excludedDiscounts(), on.excludedCategories(),
                Standing.Level.GOOD.score())), "credit-gate-test");
        CreditCalls calls = new CreditCalls(mvc, clock);
        String good = "buyer-g-" + UUID.randomUUID();
        String fair = "buyer-g-" + UUID.randomUUID();
        recordFault(fair);
        calls.standing(Callers.buyer(good), "buyer", good).andExpect(jsonPath("$.instantRefund.eligible").value(true));
        calls.standing(Callers.buyer(fair), "buyer", fair).andExpect(jsonPath("$.standing").value("FAIR"))
                .andExpect(jsonPath("$.privileges.instantRefund").value(true))
                .andExpect(jsonPath("$.instantRefund.eligible").value(false))
                .andExpect(jsonPath("$.instantRefund.reasons[0]").value("standing.below-minimum"));
    }

    private void recordFault(String buyerId) {
        inputs.record(CreditInput.of(new CreditInput.Source("TEST", "gate-" + buyerId, null, null),
                CreditKind.FAULT_OTHER, Party.buyer(buyerId), clock.instant().minusSeconds(60), "a fault"));
    }
}
