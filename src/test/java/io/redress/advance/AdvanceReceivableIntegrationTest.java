package io.redress.advance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.intervention.DisputeCalls;
import io.redress.ledger.Account;
import io.redress.ledger.BreakKind;
import io.redress.ledger.Ledger;
import io.redress.ledger.LedgerLine;
import io.redress.ledger.Reconciliation;
import io.redress.ledger.ReconciliationBreak;
import io.redress.orders.OrderJson;
import io.redress.policy.InstantRefundPolicy;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An advance the buyer must repay is a receivable the buyer sees and pays, or a senior agent writes off: the ledger
 * holds it once (the advance's {@code advance-recovered:} entry opens it, the receivable's own entries close it), the
 * advance ends RECOVERED or WRITTEN_OFF exactly once, and the reconciliation finds nothing.
 */
@RedressIntegrationTest
@ExtendWith(InstantRefundsOn.class)
class AdvanceReceivableIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    Advances advances;
    @Autowired
    InstantRefundQuotas quotas;
    @Autowired
    Ledger ledger;
    @Autowired
    Reconciliation reconciliation;

    private AdvanceCalls calls;

    @BeforeEach
    void setUp() {
        calls = new AdvanceCalls(mvc, clock);
    }

    @Test
    void theBuyerPaysTheReceivableOnceAndTheAdvanceIsRecoveredOnceWithTheBooksBalanced() throws Exception {
        Object caseId = calls.recovering();
        long amount = ((Number) calls.read(caseId).get("refundedAmount")).longValue();
        List<Map<String, Object>> legs = calls.refunds(caseId);
        String receivableId = calls.advanceReceivable(caseId);
        Map<String, Object> owed = calls.receivables().stream().filter(r -> receivableId.equals(r.get("receivableId")))
                .findFirst().orElseThrow();
        assertThat(owed).containsEntry("status", "OPEN").containsEntry("requestId", null)
                .containsEntry("amount", (int) amount).containsEntry("outstanding", (int) amount);
        assertThat(mvc.perform(get("/api/v1/receivables").with(AdvanceCalls.SELLER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).as("the platform's claim, not the shop's")
                .doesNotContain(receivableId);
        assertThat(receivableLines(caseId, receivableId)).as("opened once, by the advance's own entry")
                .extracting(LedgerLine::reference).containsExactly("advance-recovered:" + caseId);

        String body = OrderJson.write(Map.of("version", 1, "paymentRef", "PAY-" + caseId));
        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(post("/api/v1/receivables/" + receivableId + "/pay").with(calls.buyer)
                            .header("Idempotency-Key", "pay-" + receivableId).contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isOk()).andExpect(header().string("Idempotency-Replayed",
                            attempt == 0 ? null : "true"));
        }
        calls.receivable(calls.buyer, receivableId, "pay", Map.of("version", 2, "paymentRef", "PAY-2-" + caseId))
                .andExpect(status().isConflict());

        assertThat(advances.of(caseId.toString()).orElseThrow().status()).isEqualTo(AdvanceStatus.RECOVERED);
        assertThat(advances.recovered(caseId.toString(), "again")).isFalse();
        assertThat(quotas.of(calls.buyerId).quotaLeft()).isEqualTo(InstantRefundPolicy.DEFAULTS.quotaPerBuyer());
        assertThat(receivableLines(caseId, receivableId)).extracting(LedgerLine::reference)
                .containsExactlyInAnyOrder("advance-recovered:" + caseId, "receivable-paid:" + receivableId + ":1");
        assertThat(ledger.balance(Account.buyerReceivable(calls.buyerId), java.util.Currency.getInstance("CNY")))
                .isZero();
        assertThat(advanceLines(caseId)).as("advanced once, repaid once, nothing reversed").hasSize(2)
                .extracting(LedgerLine::amount).containsExactlyInAnyOrder(amount, -amount);
        assertThat(calls.refunds(caseId)).isEqualTo(legs);
        assertClean(caseId, receivableId);
    }

    @Test
    void aSeniorAgentWritesTheReceivableOffAndTheAdvanceIsWrittenOffOnce() throws Exception {
        Object caseId = calls.recovering();
        long amount = ((Number) calls.read(caseId).get("refundedAmount")).longValue();
        String receivableId = calls.advanceReceivable(caseId);
        calls.receivable(DisputeCalls.senior("senior-adv"), receivableId, "write-off",
                Map.of("version", 1, "reason", "the buyer cannot be reached")).andExpect(status().isOk());

        assertThat(advances.of(caseId.toString()).orElseThrow().status()).isEqualTo(AdvanceStatus.WRITTEN_OFF);
        assertThat(advances.recovered(caseId.toString(), "late report")).isFalse();
        assertThat(quotas.of(calls.buyerId).quotaLeft()).isEqualTo(InstantRefundPolicy.DEFAULTS.quotaPerBuyer());
        assertThat(receivableLines(caseId, receivableId)).extracting(LedgerLine::reference)
                .containsExactlyInAnyOrder("advance-recovered:" + caseId, "receivable-written-off:" + receivableId);
        assertThat(receivableLines(caseId, receivableId)).extracting(LedgerLine::amount)
                .containsExactlyInAnyOrder(amount, -amount);
        assertThat(advanceLines(caseId)).hasSize(2);
        assertClean(caseId, receivableId);
    }

    private void assertClean(Object caseId, String receivableId) {
        assertThat(ledger.unbalancedEntries()).isEmpty();
        List<ReconciliationBreak> breaks = reconciliation.report().breaks();
        assertThat(breaks).noneMatch(b -> (b.kind() == BreakKind.RECORD_MISMATCH
                && b.externalKey().equals("receivable:" + receivableId))
                || (b.kind() == BreakKind.ADVANCE_MISMATCH && b.externalKey().equals("advance:" + caseId)));
    }

    private List<LedgerLine> receivableLines(Object caseId, String receivableId) {
        return ledger.lines(Account.buyerReceivable(calls.buyerId)).stream()
                .filter(l -> l.reference().endsWith(":" + caseId) || l.reference().contains(receivableId)).toList();
    }

    private List<LedgerLine> advanceLines(Object caseId) {
        return ledger.lines(Account.PLATFORM_ADVANCE).stream().filter(l -> l.reference().endsWith(":" + caseId))
                .toList();
    }
}
