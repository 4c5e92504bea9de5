package io.redress.advance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.budget.Statements;
import io.redress.deadlines.DeadlineExpired;
import io.redress.identity.Role;
import io.redress.orders.Callers;
import io.redress.policy.InstantRefundPolicy;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** An advance ends once: the seller's silence settles it, and a late or repeated expiry changes nothing after that. */
@RedressIntegrationTest
@ExtendWith(InstantRefundsOn.class)
class AdvanceSettlementIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    InstantRefundQuotas quotas;
    @Autowired
    Advances advances;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    private AdvanceCalls calls;

    @BeforeEach
    void setUp() {
        calls = new AdvanceCalls(mvc, clock);
    }


    @Test
    void aSellerSilentPastItsAnswerTimeBearsTheInstantRefundAndCanNoLongerAnswer() throws Exception {
        Object caseId = paidInstantly();
        long quota = InstantRefundPolicy.DEFAULTS.quotaPerBuyer();
        assertThat(quotas.of(calls.buyerId).quotaLeft()).isLessThan(quota);

        mvc.perform(post("/api/v1/admin/clock/advance").with(Callers.staff(Role.ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content("{\"duration\": \"PT25H\"}")).andExpect(status().isOk());

        Advance settled = Waiting.until(() -> advances.of(caseId.toString()).orElseThrow(),
                a -> a.status() == AdvanceStatus.SETTLED);
        assertThat(settled.outcomeBy()).isEqualTo("SYSTEM");
        assertThat(quotas.of(calls.buyerId).quotaLeft()).isEqualTo(quota);
        assertThat(calls.read(AdvanceCalls.SELLER, caseId).get("allowedActions").toString()).isEqualTo("[]");
        calls.act(AdvanceCalls.SELLER, caseId, "agree", Map.of()).andExpect(status().isConflict());
    }

    @Test
    void anExpiryDeliveredAfterTheSellerAgreedReleasesNothingAgain() throws Exception {
        Object caseId = paidInstantly();
        Object stillOpen = paidInstantly();
        long quota = InstantRefundPolicy.DEFAULTS.quotaPerBuyer();
        long held = advances.of(stillOpen.toString()).orElseThrow().amount();
        calls.done(AdvanceCalls.SELLER, caseId, "agree", Map.of());
        assertThat(quotas.of(calls.buyerId).quotaLeft()).isEqualTo(quota - held);

        // the seller's answer cancelled the deadline; an expiry delivered anyway (twice) must not release again
        for (int i = 0; i < 2; i++) {
            transaction.executeWithoutResult(status -> events.publishEvent(new DeadlineExpired("advance:" + caseId,
                    "T_SELLER_UNSHIPPED", "SETTLE_ADVANCE", clock.instant())));
        }
        Thread.sleep(500);
        assertThat(quotas.of(calls.buyerId).quotaLeft()).as("the other advance still holds its amount")
                .isEqualTo(quota - held);
        Advance advance = advances.of(caseId.toString()).orElseThrow();
        assertThat(advance.status()).isEqualTo(AdvanceStatus.SETTLED);
        assertThat(advance.outcomeBy()).isEqualTo("SELLER");
        assertThat(jdbc.sql("SELECT used FROM instant_refund_quota WHERE buyer_id = ?").param(calls.buyerId)
                .query(Long.class).single()).as("the quota row agrees with the advances' holds").isEqualTo(held);
    }

    /**
     * A buyer's first instant refund makes the buyer's quota row in the application's own transaction: one pooled
     * connection at a time, so first refunds at once cannot take the pool and wait for each other.
     */
    @Test
    void aBuyersFirstInstantRefundHoldsOneConnectionAtATime() throws Exception {
        String orderId = calls.order();
        Statements.Recording recording = Statements.onThisThread();
        Map<String, Object> opened = calls.opened(orderId, "REFUND_ONLY", "NOT_RECEIVED");
        Statements.Tally tally = recording.stop();
        assertThat(opened).containsEntry("advanceStatus", "ADVANCED");
        assertThat(tally.sql()).as("the buyer's quota row was made").anyMatch(sql -> sql.contains("INSERT INTO instant_refund_quota"));
        assertThat(tally.secondConnections()).as(tally.toString()).isEmpty();
    }

    private Object paidInstantly() throws Exception {
        Map<String, Object> opened = calls.opened(calls.order(), "REFUND_ONLY", "NOT_RECEIVED");
        assertThat(opened).containsEntry("advanceStatus", "ADVANCED");
        Object caseId = opened.get("caseId");
        Waiting.until(() -> calls.read(caseId), c -> "REFUNDED".equals(c.get("status")));
        return caseId;
    }
}
