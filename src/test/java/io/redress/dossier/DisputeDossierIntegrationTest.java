package io.redress.dossier;

import static io.redress.intervention.DisputeCalls.BUYER;
import static io.redress.intervention.DisputeCalls.SELLER;
import static io.redress.intervention.DisputeCalls.agent;
import static io.redress.intervention.DisputeCalls.senior;
import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.intervention.DisputeCalls;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * The dossier of a case the platform ruled and a supervisor reviewed: the ruling and the appeal with reasons and
 * policy version; a party reads its own dispute submission only, an agent both.
 */
@RedressIntegrationTest
class DisputeDossierIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;

    @Test
    void rulingsAndAppealsAreInTheDossierWithReasonsAndPolicyVersionAndEachPartyReadsItsOwnSubmission()
            throws Exception {
        DisputeCalls calls = new DisputeCalls(mvc, clock);
        DossierCalls dossiers = new DossierCalls(mvc, clock);
        String caseId = calls.escalatedCase();
        calls.done(agent("agent-d"), caseId, "accept", Map.of());
        String buyerPhoto = calls.evidence(BUYER, caseId);
        calls.done(BUYER, caseId, "submit-evidence", Map.of("statement", "领口开线", "evidenceIds", List.of(buyerPhoto)));
        calls.done(SELLER, caseId, "submit-evidence", Map.of("statement", "shipped intact"));
        calls.done(agent("agent-d"), caseId, "rule", Map.of("outcome", "REFUND", "faultParty", "SELLER",
                "reasons", "照片显示领口开线", "evidenceIds", List.of(buyerPhoto)));
        Waiting.until(() -> dossiers.read(caseId), c -> "REFUNDED".equals(c.get("status").asString()));
        calls.done(SELLER, caseId, "appeal", Map.of("message", "the buyer cut it",
                "evidenceIds", List.of(calls.evidence(SELLER, caseId))));
        calls.done(senior("senior-d"), caseId, "review", Map.of("decision", "UPHELD", "reasons", "wear matches"));

        JsonNode rulings = rulings(BUYER, caseId);
        JsonNode ruling = rulings.get("data").get("ruling");
        assertThat(ruling.get("reasons").asString()).isEqualTo("照片显示领口开线");
        assertThat(ruling.get("policyProfile").asString()).isEqualTo("taobao");
        assertThat(ruling.get("policyVersion").asInt()).isPositive();
        assertThat(rulings.get("data").get("appeal").get("message").asString()).isEqualTo("the buyer cut it");
        assertThat(rulings.get("data").get("appeal").get("reasons").asString()).isEqualTo("wear matches");
        assertThat(statements(rulings)).containsExactly("领口开线");
        assertThat(statements(rulings(SELLER, caseId))).containsExactly("shipped intact");
        assertThat(statements(rulings(agent("agent-x"), caseId))).containsExactlyInAnyOrder("领口开线", "shipped intact");

        String pdf = DossierCalls.pdfText(dossiers.download(BUYER, caseId, "dossier.pdf", "lang=zh-CN").getResponse()
                .getContentAsByteArray());
        assertThat(pdf).contains("照片显示领口开线").contains("taobao:" + ruling.get("policyVersion").asInt())
                .contains("wear matches").doesNotContain("shipped intact");
    }

    private JsonNode rulings(RequestPostProcessor as, String caseId) throws Exception {
        JsonNode dossier = DossierCalls.json(new DossierCalls(mvc, clock).download(as, caseId, "dossier.json", null));
        for (JsonNode section : dossier.get("sections")) {
            if (section.get("key").asString().equals("rulings")) {
                return section;
            }
        }
        throw new AssertionError("no rulings in " + dossier);
    }

    private static List<String> statements(JsonNode rulings) {
        List<String> statements = new java.util.ArrayList<>();
        rulings.get("data").get("submissions").forEach(s -> statements.add(s.get("statement").asString()));
        return statements;
    }
}
