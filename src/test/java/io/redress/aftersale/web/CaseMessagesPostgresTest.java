package io.redress.aftersale.web;

import static io.redress.aftersale.web.CaseCalls.BUYER;
import static io.redress.aftersale.web.CaseCalls.SELLER;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressPostgresTest;
import io.redress.orders.OrderJson;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** PostgreSQL's own trigger keeps messages write-once, and a proposal accepted there pays what was proposed. */
@RedressPostgresTest
class CaseMessagesPostgresTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDatabaseRefusesToChangeOrDeleteAMessage() throws Exception {
        CaseCalls calls = new CaseCalls(mvc, clock);
        Object caseId = calls.opened(calls.order(), "REFUND_ONLY", "NOT_RECEIVED", 6000L).get("caseId");
        String id = CaseCalls.json(mvc.perform(post("/api/v1/cases/" + caseId + "/messages").with(BUYER)
                        .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(Map.of("text", "on the record"))))
                .andExpect(status().isCreated())).get("messageId").toString();

        assertThatThrownBy(() -> jdbc.sql("UPDATE after_sale_case_message SET text = 'rewritten' WHERE message_id = ?")
                .param(id).update()).hasMessageContaining("write-once");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM after_sale_case_message WHERE message_id = ?")
                .param(id).update()).hasMessageContaining("write-once");

        calls.done(SELLER, caseId, "propose", Map.of("amount", 4500));
        calls.done(BUYER, caseId, "accept-proposal", Map.of());
        mvc.perform(get("/api/v1/cases/" + caseId).with(BUYER)).andExpect(jsonPath("$.agreedAmount").value(4500));
        mvc.perform(get("/api/v1/cases/" + caseId + "/messages").with(SELLER))
                .andExpect(jsonPath("$[0].text").value("on the record"));
    }
}
