package io.redress.aftersale.web;

import static io.redress.aftersale.web.CaseCalls.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.deadlines.Deadline;
import io.redress.deadlines.DeadlineExpired;
import io.redress.deadlines.Deadlines;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@RedressIntegrationTest
class CaseReturnAddressIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    Deadlines deadlines;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    CaseCalls calls;

    @BeforeEach
    void calls() {
        calls = new CaseCalls(mvc, clock);
    }

    @Test
    void theSellersAgreementPutsTheirReturnAddressOnTheCase() throws Exception {
        Object caseId = calls.opened(calls.deliveredOrder(), "RETURN_AND_REFUND", "QUALITY", null).get("caseId");
        String address = "No. 1 Wensan Rd, Hangzhou " + UUID.randomUUID();

        Map<String, Object> agreed = calls.done(SELLER, caseId, "agree", Map.of("returnAddress", address));

        assertThat(agreed.get("status")).isEqualTo("AWAITING_RETURN");
        assertThat(agreed.get("returnAddress")).isEqualTo(address);
        assertThat(agreed.get("returnAddressBySystem")).isEqualTo(false);
    }

    @Test
    void aSilentSellersReturnGoesToTheShopsSystemAddress() throws Exception {
        Object earlier = calls.opened(calls.deliveredOrder(), "RETURN_AND_REFUND", "QUALITY", null).get("caseId");
        String address = "No. 9 Binjiang Rd, Hangzhou " + UUID.randomUUID();
        calls.done(SELLER, earlier, "agree", Map.of("returnAddress", address));
        Object caseId = calls.opened(calls.deliveredOrder(), "RETURN_AND_REFUND", "QUALITY", null).get("caseId");

        Deadline answer = deadlines.find(caseId.toString()).orElseThrow();
        transactions.executeWithoutResult(tx -> events.publishEvent(new DeadlineExpired(answer.caseId(),
                answer.timerId(), answer.onExpiry(), answer.dueAt())));

        Map<String, Object> after = awaitVersion(caseId, 2);
        assertThat(answer.timerId()).isEqualTo("T_SELLER_RECEIVED");
        assertThat(after.get("status")).isEqualTo("AWAITING_RETURN");
        assertThat(after.get("returnAddress")).isEqualTo(address);
        assertThat(after.get("returnAddressBySystem")).isEqualTo(true);
    }

    /** Expiries are delivered asynchronously once the firing transaction commits. */
    private Map<String, Object> awaitVersion(Object caseId, int version) throws Exception {
        long giveUp = System.currentTimeMillis() + Waiting.PATIENCE.toMillis();
        Map<String, Object> current = calls.read(caseId);
        while (!current.get("version").equals(version) && System.currentTimeMillis() < giveUp) {
            Thread.sleep(50);
            current = calls.read(caseId);
        }
        return current;
    }
}
