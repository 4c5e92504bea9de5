package io.redress.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.orders.Callers;
import io.redress.orders.OrderJson;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client that accepts no type the endpoint answers in gets 406 before anything is done: no order, case,
 * refund or evidence is saved behind the error, and the retry with a proper Accept works exactly once.
 */
@RedressIntegrationTest
class NotAcceptableChangesNothingIntegrationTest {

    static final MediaType UNACCEPTABLE = MediaType.IMAGE_PNG;
    static final byte[] PNG = HexFormat.of().parseHex(
            "89504e470d0a1a0a0000000d49484452000000010000000108000000003a7e9b550000000049454e44ae426082");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOrderIsNotSavedWhenTheAnswerIsNotAcceptable() throws Exception {
        String orderId = OrderJson.freshId();
        var push = post("/api/v1/orders").with(Callers.marketplace()).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(OrderJson.example(orderId)));
        notAcceptable(push);
        assertThat(count("SELECT COUNT(*) FROM orders WHERE order_id = ?", orderId)).isZero();

        mvc.perform(push.accept(MediaType.APPLICATION_JSON)).andExpect(status().isCreated());
        assertThat(count("SELECT COUNT(*) FROM orders WHERE order_id = ?", orderId)).isOne();
    }

    @Test
    void aCaseIsNotOpenedWhenTheAnswerIsNotAcceptable() throws Exception {
        String orderId = OrderJson.pushExample(mvc);
        var apply = post("/api/v1/cases").with(Callers.buyer("buyer-1")).contentType(MediaType.APPLICATION_JSON)
                .content(application(orderId));
        notAcceptable(apply);
        assertThat(count("SELECT COUNT(*) FROM after_sale_case WHERE order_id = ?", orderId)).isZero();

        mvc.perform(apply.accept(MediaType.APPLICATION_JSON)).andExpect(status().isCreated());
        assertThat(count("SELECT COUNT(*) FROM after_sale_case WHERE order_id = ?", orderId)).isOne();
    }

    @Test
    void anAgreementPaysNothingWhenTheAnswerIsNotAcceptable() throws Exception {
        String orderId = OrderJson.pushExample(mvc);
        String caseId = openCase(orderId);
        var agree = post("/api/v1/cases/" + caseId + "/agree").with(Callers.seller("shop-1"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":1}");
        notAcceptable(agree);
        assertThat(jdbc.sql("SELECT status FROM after_sale_case WHERE case_id = ?").param(caseId).query(String.class)
                .single()).isEqualTo("REQUESTED");
        assertThat(count("SELECT COUNT(*) FROM after_sale_case_event WHERE case_id = ?", caseId)).isOne();

        mvc.perform(agree.accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REFUNDING"));
        // the refund is requested after the agreement commits: exactly one, for the one agreement
        Waiting.until(() -> count("SELECT COUNT(*) FROM refund_request WHERE order_id = ?", orderId), n -> n > 0);
        assertThat(count("SELECT COUNT(*) FROM refund_request WHERE order_id = ?", orderId)).isOne();
    }

    @Test
    void evidenceIsNotStoredWhenTheAnswerIsNotAcceptable() throws Exception {
        String caseId = openCase(OrderJson.pushExample(mvc));
        var upload = multipart("/api/v1/cases/" + caseId + "/evidence")
                .file(new MockMultipartFile("file", "box.png", "image/png", PNG)).param("kind", "PHOTO")
                .with(Callers.buyer("buyer-1"));
        notAcceptable(upload.accept(MediaType.TEXT_HTML));
        assertThat(count("SELECT COUNT(*) FROM evidence WHERE case_id = ?", caseId)).isZero();

        mvc.perform(upload.accept(MediaType.APPLICATION_JSON)).andExpect(status().isCreated());
        assertThat(count("SELECT COUNT(*) FROM evidence WHERE case_id = ?", caseId)).isOne();
    }

    @Test
    void aMalformedAcceptIsNotAcceptableEither() throws Exception {
        String orderId = OrderJson.freshId();
        mvc.perform(post("/api/v1/orders").with(Callers.marketplace()).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept", "not a media type///").content(OrderJson.write(OrderJson.example(orderId))))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(count("SELECT COUNT(*) FROM orders WHERE order_id = ?", orderId)).isZero();
    }

    private ResultActions notAcceptable(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.accept(UNACCEPTABLE))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(406));
    }

    private String openCase(String orderId) throws Exception {
        String body = mvc.perform(post("/api/v1/cases").with(Callers.buyer("buyer-1"))
                        .contentType(MediaType.APPLICATION_JSON).content(application(orderId)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonMapper.shared().readTree(body).get("caseId").asString();
    }

    private static String application(String orderId) {
        return "{\"orderId\":\"" + orderId + "\",\"type\":\"REFUND_ONLY\",\"reason\":\"NOT_RECEIVED\","
                + "\"lines\":[{\"lineId\":\"L1\",\"quantity\":1}]}";
    }

    private long count(String sql, String id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }
}
