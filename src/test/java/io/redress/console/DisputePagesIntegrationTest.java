package io.redress.console;

import static io.redress.intervention.DisputeCalls.BUYER;
import static io.redress.intervention.DisputeCalls.SELLER;
import static io.redress.intervention.DisputeCalls.senior;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.evidence.Evidence;
import io.redress.intervention.DisputeCalls;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The console's dispute pages as HTML: who may open the agents' workbench, the dossier and the review page, what a
 * party sees of a dispute (never the platform's notes, never the other side's draft), and the forms going through
 * the intervention API. Disputes are set up through the REST API (buyer-1 against shop-1, the demo accounts' ids).
 */
@RedressIntegrationTest
class DisputePagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;

    DisputeCalls calls;
    MockHttpSession buyer1;
    MockHttpSession seller1;
    MockHttpSession agent1;
    MockHttpSession senior1;

    @BeforeEach
    void signIn() throws Exception {
        calls = new DisputeCalls(mvc, clock);
        buyer1 = signIn("buyer1");
        seller1 = signIn("seller1");
        agent1 = signIn("agent1");
        senior1 = signIn("senior1");
    }

    @Test
    void aSellerOrABuyerCannotOpenTheAgentsWorkbench() throws Exception {
        String caseId = calls.escalatedCase();
        for (MockHttpSession party : List.of(seller1, buyer1)) {
            mvc.perform(get("/agent/disputes").session(party)).andExpect(status().isForbidden());
            mvc.perform(get("/agent/disputes/" + caseId).session(party)).andExpect(status().isForbidden());
            mvc.perform(get("/agent/disputes/" + caseId + "/review").session(party)).andExpect(status().isForbidden());
            mvc.perform(post("/agent/disputes/" + caseId + "/accept").session(party).with(csrf())
                    .param("version", String.valueOf(calls.version(caseId)))).andExpect(status().isForbidden());
        }
        assertThat(calls.dispute(BUYER, caseId)).containsEntry("status", "REQUESTED");
        mvc.perform(get("/").session(seller1)).andExpect(content().string(not(containsString("/agent/disputes"))));
    }

    @Test
    void anAgentWorksTheQueueAndSeesTheCaseReadOnlyButNoCaseWithoutADispute() throws Exception {
        String caseId = calls.escalatedCase();
        mvc.perform(get("/").session(agent1)).andExpect(content().string(containsString("href=\"/agent/disputes\"")));
        mvc.perform(get("/agent/disputes").session(agent1).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-case=\"" + caseId + "\""),
                        containsString("/agent/disputes/" + caseId + "/claim"), containsString("Open disputes per agent"))));
        mvc.perform(get("/cases/" + caseId).session(agent1))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/agent/disputes/" + caseId),
                        not(containsString("data-action=")), not(containsString("name=\"version\"")))));
        mvc.perform(post("/cases/" + caseId + "/cancel").session(agent1).with(csrf()).param("version", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cases").session(agent1)).andExpect(status().isForbidden());

        String undisputed = calls.refusedCase();
        mvc.perform(get("/cases/" + undisputed).session(agent1)).andExpect(status().isNotFound());
        mvc.perform(get("/agent/disputes/" + undisputed).session(agent1)).andExpect(status().isNotFound());

        mvc.perform(post("/agent/disputes/" + caseId + "/claim").session(agent1).with(csrf())
                        .param("version", String.valueOf(calls.version(caseId))).param("back", "queue"))
                .andExpect(redirectedUrl("/agent/disputes")).andExpect(flash().attribute("done", "claim"));
        mvc.perform(get("/agent/disputes").session(agent1).param("assigned", "me"))
                .andExpect(content().string(allOf(containsString("data-case=\"" + caseId + "\""),
                        containsString("data-agent=\"agent1\""), containsString("/agent/disputes/" + caseId + "/release"))));
    }

    @Test
    void theAgentAcceptsAndAddsANoteThePartiesNeverSee() throws Exception {
        String caseId = calls.escalatedCase();
        mvc.perform(post("/agent/disputes/" + caseId + "/accept").session(agent1).with(csrf())
                        .param("version", String.valueOf(calls.version(caseId))))
                .andExpect(redirectedUrl("/agent/disputes/" + caseId)).andExpect(flash().attribute("done", "accept"));
        assertThat(calls.dispute(BUYER, caseId)).containsEntry("status", "EVIDENCE").containsEntry("agent", "agent1");
        mvc.perform(post("/agent/disputes/" + caseId + "/notes").session(agent1).with(csrf())
                .param("text", "seller called, says the shirt was washed")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/agent/disputes/" + caseId).session(agent1))
                .andExpect(content().string(allOf(containsString("seller called, says the shirt was washed"),
                        containsString("data-status=\"EVIDENCE\""), containsString(calls.refusalPhoto),
                        containsString("worn and washed"), containsString("the seam came apart"))));
        for (MockHttpSession party : List.of(buyer1, seller1)) {
            mvc.perform(get("/cases/" + caseId + "/dispute").session(party))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("data-status=\"EVIDENCE\""),
                            not(containsString("seller called")), not(containsString("平台备注")))));
            mvc.perform(post("/agent/disputes/" + caseId + "/notes").session(party).with(csrf()).param("text", "x"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void aPartyUploadsKeepsADraftTheOtherSideCannotSeeThenSubmits() throws Exception {
        String caseId = calls.escalatedCase();
        calls.done(senior("senior-x"), caseId, "accept", Map.of());
        mvc.perform(get("/cases/" + caseId + "/dispute").session(buyer1).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Submit your statement and evidence by"),
                        containsString("image/jpeg, image/png, image/webp"), containsString("5 MB"))));
        Evidence uploaded = (Evidence) mvc.perform(multipart("/cases/" + caseId + "/dispute/evidence")
                        .file(new MockMultipartFile("file", "a.jpg", "image/jpeg", DisputeCalls.JPEG))
                        .param("kind", "PHOTO").param("note", "the seam").session(buyer1).with(csrf()))
                .andExpect(redirectedUrl("/cases/" + caseId + "/dispute#evidence"))
                .andReturn().getFlashMap().get("uploaded");
        String photo = uploaded.evidenceId();
        mvc.perform(get("/cases/" + caseId + "/dispute").session(seller1))
                .andExpect(content().string(allOf(containsString(photo), containsString(uploaded.sha256()))));
        mvc.perform(multipart("/cases/" + caseId + "/dispute/evidence").file(new MockMultipartFile("file", "a.jpg",
                        "image/jpeg", "MZ not a photo".getBytes())).param("kind", "PHOTO").session(buyer1).with(csrf()))
                .andExpect(flash().attribute("refused", containsString("格式")));

        mvc.perform(post("/cases/" + caseId + "/dispute/submit-evidence").session(buyer1).with(csrf())
                .param("version", String.valueOf(calls.version(caseId))).param("statement", "my secret draft")
                .param("evidenceIds", photo).param("draft", "true")).andExpect(flash().attribute("done", "submit-evidence"));
        mvc.perform(get("/cases/" + caseId + "/dispute").session(buyer1))
                .andExpect(content().string(allOf(containsString("my secret draft"), containsString("data-test=\"draft-saved\""))));
        mvc.perform(get("/cases/" + caseId + "/dispute").session(seller1))
                .andExpect(content().string(not(containsString("my secret draft"))));

        mvc.perform(post("/cases/" + caseId + "/dispute/submit-evidence").session(buyer1).with(csrf())
                .param("version", String.valueOf(calls.version(caseId))).param("statement", "the seam is torn")
                .param("evidenceIds", photo)).andExpect(flash().attribute("done", "submit-evidence"));
        mvc.perform(get("/cases/" + caseId + "/dispute").session(seller1))
                .andExpect(content().string(allOf(containsString("the seam is torn"), containsString("their-submission"))));
        mvc.perform(get("/cases/" + caseId + "/dispute/evidence/" + photo).session(seller1))
                .andExpect(status().isOk()).andExpect(content().contentType("image/jpeg"));
    }

    @Test
    void aRulingFormThatLacksReasonsChangesNothingAndSaysWhy() throws Exception {
        String caseId = calls.escalatedCase();
        calls.done(DisputeCalls.agent("agent1"), caseId, "accept", Map.of());
        calls.bothSubmit(caseId);
        long version = calls.version(caseId);
        mvc.perform(post("/agent/disputes/" + caseId + "/rule").session(agent1).with(csrf())
                        .param("version", String.valueOf(version)).param("outcome", "REFUND").param("faultParty", "SELLER"))
                .andExpect(flash().attribute("refused", containsString("reasons")));
        mvc.perform(post("/agent/disputes/" + caseId + "/rule").session(agent1).with(csrf())
                        .param("version", String.valueOf(version)).param("outcome", "PARTIAL_REFUND")
                        .param("amount", "100000").param("faultParty", "SELLER").param("reasons", "too much"))
                .andExpect(flash().attribute("refused", containsString("金额")));
        assertThat(calls.dispute(BUYER, caseId)).containsEntry("status", "FIRST_REVIEW");
        assertThat(calls.version(caseId)).isEqualTo(version);
    }

    @Test
    void theSeniorWhoRuledIsOfferedNoReviewAnotherSeniorIs() throws Exception {
        String caseId = calls.escalatedCase();
        calls.done(senior("senior1"), caseId, "accept", Map.of());
        String buyerPhoto = calls.bothSubmit(caseId);
        calls.done(senior("senior1"), caseId, "rule", Map.of("outcome", "FOR_SELLER", "faultParty", "BUYER",
                "reasons", "the photo shows wear", "evidenceIds", List.of(buyerPhoto)));
        calls.done(BUYER, caseId, "appeal", Map.of("message", "it was new",
                "evidenceIds", List.of(calls.evidence(BUYER, caseId))));

        mvc.perform(get("/agent/disputes/" + caseId + "/review").session(senior1).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-test=\"four-eyes\""),
                        containsString("the photo shows wear"), containsString("it was new"),
                        not(containsString("data-action=\"review\"")))));
        mvc.perform(post("/agent/disputes/" + caseId + "/review").session(senior1).with(csrf())
                        .param("version", String.valueOf(calls.version(caseId))).param("decision", "OVERTURNED")
                        .param("reasons", "mine"))
                .andExpect(flash().attribute("refused", containsString("不能")));
        mvc.perform(get("/agent/disputes/" + caseId + "/review").with(senior("senior-other")))
                .andExpect(content().string(allOf(containsString("data-action=\"review\""),
                        not(containsString("data-test=\"four-eyes\"")))));
        assertThat(calls.dispute(BUYER, caseId)).containsEntry("status", "SUPERVISOR_REVIEW");
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "demo"))
                .andExpect(authenticated()).andReturn().getRequest().getSession();
    }
}
