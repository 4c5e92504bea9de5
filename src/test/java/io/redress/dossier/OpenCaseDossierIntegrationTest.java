package io.redress.dossier;

import static io.redress.dossier.DossierCalls.BUYER;
import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressIntegrationTest;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** A dossier of a case nobody has decided yet explains the request's amount by the quote it stands on. */
@RedressIntegrationTest
class OpenCaseDossierIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;

    @Test
    void anUndecidedCaseShowsTheQuoteItsRequestStandsOn() throws Exception {
        DossierCalls calls = new DossierCalls(mvc, clock);
        String caseId = calls.openCase();

        MvcResult pdf = calls.download(BUYER, caseId, "dossier.pdf", "lang=en");
        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        assertThat(DossierCalls.pdfText(pdf.getResponse().getContentAsByteArray()))
                .contains("the request stands on this quote").contains("¥80.00 (8000)").contains("How line L1");
        JsonNode dossier = DossierCalls.json(calls.download(BUYER, caseId, "dossier.json", null));
        for (JsonNode section : dossier.get("sections")) {
            if (section.get("key").asString().equals("amounts")) {
                assertThat(section.get("data").get("decisions")).isEmpty();
                assertThat(section.get("data").get("heldQuote").get("lines").get(0).get("steps")).isNotEmpty();
                return;
            }
        }
        throw new AssertionError("no amounts in " + dossier);
    }
}
