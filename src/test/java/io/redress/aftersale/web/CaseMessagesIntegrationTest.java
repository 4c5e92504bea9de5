package io.redress.aftersale.web;

import static io.redress.aftersale.web.CaseCalls.BUYER;
import static io.redress.aftersale.web.CaseCalls.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.identity.Role;
import io.redress.orders.Callers;
import io.redress.orders.OrderJson;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The negotiation on the record: messages on a case, per party, written once. */
@RedressIntegrationTest
class CaseMessagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    CaseCalls calls;
    Object caseId;

    @BeforeEach
    void openCase() throws Exception {
        calls = new CaseCalls(mvc, clock);
        caseId = calls.opened(calls.deliveredOrder(), "REFUND_ONLY", "QUALITY", 8000L).get("caseId");
    }

    @Test
    void bothPartiesAndThePlatformReadAMessageAndNobodyElse() throws Exception {
        write(BUYER, Map.of("text", "The seam tore on the first wash.")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.authorRole").value("BUYER"))
                .andExpect(jsonPath("$.caseVersion").value(1))
                .andExpect(jsonPath("$.writtenAt").isNotEmpty());
        write(SELLER, Map.of("text", "Please send a photo.")).andExpect(status().isCreated());

        for (RequestPostProcessor reader : List.of(BUYER, SELLER, Callers.staff(Role.AGENT),
                Callers.staff(Role.AUDITOR))) {
            read(reader).andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].text", contains("The seam tore on the first wash.",
                            "Please send a photo.")));
        }
        read(Callers.buyer("buyer-2")).andExpect(status().isNotFound());
        read(Callers.seller("shop-2")).andExpect(status().isNotFound());
        write(Callers.buyer("buyer-2"), Map.of("text", "hello")).andExpect(status().isNotFound());
        write(Callers.staff(Role.AUDITOR), Map.of("text", "hello")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/" + caseId + "/timeline").with(SELLER))
                .andExpect(jsonPath("$[?(@.action == 'message')].message", contains(
                        "The seam tore on the first wash.", "Please send a photo.")));
    }

    @Test
    void aMessageMayCiteOnlyItsAuthorsOwnEvidenceOnTheCase() throws Exception {
        String sellers = calls.evidence(SELLER, caseId);
        String buyers = calls.evidence(BUYER, caseId);

        write(BUYER, Map.of("text", "see the seller's photo", "evidenceIds", List.of(sellers)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("evidenceIds"));
        write(BUYER, Map.of("text", "an unknown id", "evidenceIds", List.of("EV-nothing")))
                .andExpect(status().isUnprocessableContent());
        read(BUYER).andExpect(jsonPath("$").isEmpty());

        write(BUYER, Map.of("text", "my photo", "evidenceIds", List.of(buyers))).andExpect(status().isCreated());
        read(SELLER).andExpect(jsonPath("$[0].evidenceIds", contains(buyers)));
    }

    @Test
    void aMessageNeedsTextOfAtMostTwoThousandCharacters() throws Exception {
        write(BUYER, Map.of("text", "  ")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        write(BUYER, Map.of()).andExpect(status().isBadRequest());
        write(BUYER, Map.of("text", "x".repeat(2001))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        write(BUYER, Map.of("text", "x".repeat(2000))).andExpect(status().isCreated());
    }

    @Test
    void anAgentWritesOnlyOnceTheCaseIsAtThePlatform() throws Exception {
        write(Callers.staff(Role.AGENT), Map.of("text", "platform here")).andExpect(status().isConflict());
        calls.done(SELLER, caseId, "refuse", Map.of("reasonCode", "USED", "message", "worn",
                "evidenceIds", List.of(calls.evidence(SELLER, caseId))));
        calls.done(BUYER, caseId, "escalate", Map.of("message", "please look"));

        write(Callers.staff(Role.AGENT), Map.of("text", "platform here")).andExpect(status().isCreated());
        read(BUYER).andExpect(jsonPath("$[*].authorRole", hasItem("AGENT")));
    }

    @Test
    void messagesAreWrittenOnceNoPathChangesOrDeletesThem() throws Exception {
        String id = CaseCalls.json(write(BUYER, Map.of("text", "as first said")).andExpect(status().isCreated()))
                .get("messageId").toString();
        String path = "/api/v1/cases/" + caseId + "/messages";

        mvc.perform(put(path).with(BUYER).contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"changed\"}"))
                .andExpect(status().isMethodNotAllowed());
        mvc.perform(delete(path).with(BUYER)).andExpect(status().isMethodNotAllowed());
        mvc.perform(patch(path + "/" + id).with(BUYER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"changed\"}")).andExpect(status().is4xxClientError());
        mvc.perform(delete(path + "/" + id).with(BUYER)).andExpect(status().is4xxClientError());

        read(SELLER).andExpect(jsonPath("$[*].text", contains("as first said")));
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAMessage() throws Exception {
        String id = CaseCalls.json(write(BUYER, Map.of("text", "on the record")).andExpect(status().isCreated()))
                .get("messageId").toString();

        assertThatThrownBy(() -> jdbc.sql("UPDATE after_sale_case_message SET text = 'rewritten' WHERE message_id = ?")
                .param(id).update()).hasMessageContaining("write-once");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM after_sale_case_message WHERE message_id = ?")
                .param(id).update()).hasMessageContaining("write-once");
        read(BUYER).andExpect(jsonPath("$[0].text").value("on the record"));
    }

    @Test
    void aMessageRepeatedWithItsIdempotencyKeyIsStoredOnce() throws Exception {
        String key = "message-" + UUID.randomUUID();
        var request = post("/api/v1/cases/" + caseId + "/messages").with(BUYER).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(Map.of("text", "once")));

        String first = mvc.perform(request).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String again = mvc.perform(request).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();

        assertThat(again).isEqualTo(first);
        read(BUYER).andExpect(jsonPath("$.length()").value(1));
    }

    private ResultActions write(RequestPostProcessor as, Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/v1/cases/" + caseId + "/messages").with(as)
                .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(body)));
    }

    private ResultActions read(RequestPostProcessor as) throws Exception {
        return mvc.perform(get("/api/v1/cases/" + caseId + "/messages").with(as));
    }
}
