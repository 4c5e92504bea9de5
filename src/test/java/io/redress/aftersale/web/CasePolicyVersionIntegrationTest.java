package io.redress.aftersale.web;

import static io.redress.aftersale.web.CaseCalls.BUYER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.aftersale.Cases;
import io.redress.amounts.ThresholdPolicy;
import io.redress.orders.Callers;
import io.redress.orders.OrderJson;
import io.redress.policy.Policies;
import io.redress.policy.Policy;
import io.redress.policy.PolicyChange;
import io.redress.policy.PolicyRules;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Quotes follow the policy version: a new application is quoted under the version in force, a case's re-quote
 * under the version it was opened with. The versions are published to the default profile, which every case
 * uses, so each test puts the rules it changed back in force before it ends.
 */
@RedressIntegrationTest
class CasePolicyVersionIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Autowired
    Policies policies;

    @Autowired
    Cases cases;

    CaseCalls calls;

    @BeforeEach
    void calls() {
        calls = new CaseCalls(mvc, clock);
    }

    @Test
    void aFifteenDayWindowQuotesCasesOpenedAfterItTakesEffectAndNotThoseBefore() throws Exception {
        String before = signedDaysAgo(10);
        quote(before, "NO_REASON").andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.ineligibleReasons[0].code").value("NO_REASON_WINDOW_CLOSED"));
        String openedBefore = calls.opened(before, "RETURN_AND_REFUND", "QUALITY", null).get("caseId").toString();

        PolicyRules previous = inForce();
        Policy fifteenDays = publish(new PolicyChange(null, true, null, null, null, Duration.ofDays(15), null, null));
        try {
            assertThat(cases.find(openedBefore).orElseThrow().createdAt()).isBefore(fifteenDays.effectiveFrom());
            String after = signedDaysAgo(10);
            quote(after, "NO_REASON").andExpect(jsonPath("$.eligible").value(true));
            String openedAfter = calls.opened(after, "RETURN_AND_REFUND", "NO_REASON", null).get("caseId").toString();
            assertThat(cases.find(openedAfter).orElseThrow().policyVersion()).isEqualTo(fifteenDays.version());

            calls.act(BUYER, openedBefore, "revise", Map.of("reason", "NO_REASON", "version", version(openedBefore)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.ineligibleReasons[0].code").value("NO_REASON_WINDOW_CLOSED"));
        } finally {
            publish(new PolicyChange(null, true, null, null, null, previous.noReasonWindow(), null, null));
        }
    }

    @Test
    void ignoringBrokenThresholdsRaisesTheQuoteOfCasesOpenedAfterAndNotBefore() throws Exception {
        String before = signedDaysAgo(1);
        String openedBefore = calls.opened(before, "RETURN_AND_REFUND", "NO_REASON", null).get("caseId").toString();
        assertThat(cases.find(openedBefore).orElseThrow().requestedAmount()).isEqualTo(8900);

        PolicyRules previous = inForce();
        publish(new PolicyChange(null, true, null, null, null, null, ThresholdPolicy.IGNORE, null));
        try {
            String after = signedDaysAgo(1);
            quote(after, "NO_REASON").andExpect(jsonPath("$.maxRefundable").value(9400));
            assertThat(calls.opened(after, "RETURN_AND_REFUND", "NO_REASON", null).get("requestedAmount"))
                    .isEqualTo(9400);

            Map<String, Object> revised = calls.done(BUYER, openedBefore, "revise", Map.of("description", "one only"));
            assertThat(revised.get("requestedAmount")).isEqualTo(8900);
        } finally {
            publish(new PolicyChange(null, true, null, null, null, null, previous.thresholdPolicy(), null));
        }
    }

    /** Publishes an urgent version of the default profile, in force at once; answers it. */
    private Policy publish(PolicyChange change) {
        return policies.publish(policies.defaultProfile(), change, "policy-version-test");
    }

    private PolicyRules inForce() {
        return policies.inForce(policies.defaultProfile(), clock.instant()).rules();
    }

    /** The example order (2 × 9900, coupon 1000 from 15000), shipped and signed {@code days} days ago. */
    private String signedDaysAgo(int days) throws Exception {
        String orderId = OrderJson.pushExample(mvc);
        OffsetDateTime signed = OffsetDateTime.now(clock).minusDays(days);
        for (String event : new String[] {"SHIPPED", "SIGNED"}) {
            mvc.perform(post("/api/v1/orders/" + orderId + "/fulfilment").with(Callers.marketplace())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(OrderJson.write(Map.of("event", event, "lineIds", List.of("L1"),
                                    "at", (event.equals("SHIPPED") ? signed.minusHours(20) : signed).toString(),
                                    "carrier", "SF", "trackingNo", "SF" + orderId))))
                    .andExpect(status().isOk());
        }
        return orderId;
    }

    private ResultActions quote(String orderId, String reason) throws Exception {
        return mvc.perform(post("/api/v1/orders/" + orderId + "/refund-quotes").with(BUYER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(OrderJson.write(Map.of("type", "RETURN_AND_REFUND", "reason", reason,
                                "lines", List.of(Map.of("lineId", "L1", "quantity", 1))))))
                .andExpect(status().isOk());
    }

    private Object version(String caseId) throws Exception {
        return calls.read(caseId).get("version");
    }
}
