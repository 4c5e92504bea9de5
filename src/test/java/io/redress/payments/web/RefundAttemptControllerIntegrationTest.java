package io.redress.payments.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.payments.RefundLeg;
import io.redress.payments.RefundStatus;
import io.redress.payments.Refunds;
import io.redress.payments.internal.RefundReconciler;
import io.redress.payments.sandbox.PspRefund;
import io.redress.payments.sandbox.SandboxPsp;
import io.redress.payments.sandbox.SandboxSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@RedressIntegrationTest
class RefundAttemptControllerIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired Refunds refunds;
    @Autowired RefundReconciler reconciler;
    @Autowired SandboxPsp sandbox;
    @Autowired Clock clock;

    @AfterEach
    void reliableSandbox() {
        sandbox.configure(SandboxSettings.reliable());
    }

    @Test
    void operatorResumesAParkedLegWhichThenSucceedsUnderItsOwnKey() throws Exception {
        sandbox.configure(new SandboxSettings(0, 1, 0, 0, 0, 0, 0, 0));
        String ref = "case-" + UUID.randomUUID();
        refunds.request(ref, "order-" + ref, Currency.getInstance("CNY"), List.of(new RefundLeg("p-1", "psp-1", 450)));
        Waiting.until(() -> refunds.attempts(ref).get(0).lastError(), error -> error != null);
        Instant now = clock.instant();
        for (int day = 0; day < 8; day++) {
            now = now.plus(Duration.ofDays(1)).plusSeconds(1);
            reconciler.reconcileDue(now);
        }
        mvc.perform(get("/api/v1/refund-attempts/attention").with(as("auditor1", Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.externalKey == '" + ref + "-1')].parked").value(true));

        sandbox.configure(SandboxSettings.reliable());
        mvc.perform(post("/api/v1/refund-attempts/" + ref + "-1/resume").with(as("auditor1", Role.AUDITOR)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/refund-attempts/" + ref + "-1/resume").with(as("admin1", Role.ADMIN)))
                .andExpect(status().isAccepted());
        reconciler.reconcileDue(clock.instant().plusSeconds(1));

        assertThat(refunds.attempts(ref).get(0).status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(sandbox.record(ref + "-1")).get().extracting(PspRefund::payouts).isEqualTo(1);
        mvc.perform(post("/api/v1/refund-attempts/" + ref + "-1/resume").with(as("admin1", Role.ADMIN)))
                .andExpect(status().isConflict());
    }

    private static RequestPostProcessor as(String name, Role role) {
        return authentication(new TestingAuthenticationToken(new Caller(name, Set.of(role), null, null), null, role.authority()));
    }
}
