package io.redress.advance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.intervention.DisputeCalls;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dossier's parts from after the refund and from the credit record, on a case whose advance the buyer must repay:
 * the buyer reads the receivable and the findings on their own record; the shop reads neither (the receivable is the
 * platform's claim, the findings are the buyer's); an agent reads both.
 */
@RedressIntegrationTest
@ExtendWith(InstantRefundsOn.class)
class AfterRefundDossierIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;

    @Test
    void eachReaderSeesTheAfterRefundAndCreditPartsTheyMay() throws Exception {
        AdvanceCalls calls = new AdvanceCalls(mvc, clock);
        Object caseId = calls.recovering();
        String receivableId = calls.advanceReceivable(caseId);

        Map<String, Object> buyers = Waiting.until(() -> sections(calls.buyer, caseId),
                s -> s.containsKey("credit") && s.get("credit").toString().contains("ADVANCE_RECOVERY"));
        assertThat(buyers.get("postRefund").toString()).contains(receivableId).contains("platform's advance");
        assertThat(buyers.get("credit").toString()).contains("buyer:" + calls.buyerId).contains("FAULT_OTHER")
                .doesNotContain("shop:shop-1");

        Map<String, Object> sellers = sections(AdvanceCalls.SELLER, caseId);
        assertThat(sellers).doesNotContainKey("postRefund").doesNotContainKey("credit");

        Map<String, Object> agents = sections(DisputeCalls.agent("agent-dossier"), caseId);
        assertThat(agents.get("postRefund").toString()).contains(receivableId);
        assertThat(agents.get("credit").toString()).contains("ADVANCE_RECOVERY");
    }

    /** The dossier's sections by key, each as its printed lines, for {@code as}. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> sections(RequestPostProcessor as, Object caseId) {
        try {
            Map<String, Object> dossier = JsonMapper.shared().readValue(mvc.perform(get("/api/v1/cases/" + caseId
                            + "/dossier.json").param("lang", "en").with(as)).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString(), Map.class);
            Map<String, Object> byKey = new java.util.LinkedHashMap<>();
            for (Map<String, Object> s : (List<Map<String, Object>>) dossier.get("sections")) {
                byKey.put(s.get("key").toString(), Optional.ofNullable(s.get("lines")).orElse(List.of()));
            }
            return byKey;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
