package io.redress.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.orders.Callers;
import io.redress.orders.OrderJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RedressIntegrationTest
class MetricsIntegrationTest {

    /** A buyer and a shop of their own, so that the cases left open here crowd no other test's queue of shop-1. */
    static final String BUYER_ID = "buyer-webhooks";
    static final String SHOP_ID = "shop-webhooks";

    /** The scrape key of the test profile (application-test.yml). */
    static final String SCRAPE_KEY = "test-metrics-scrape-key-0123456789";

    @Autowired MockMvc mvc;
    @Autowired MeterRegistry meters;
    @Autowired JdbcClient jdbc;

    @Test
    void aScriptedRefundMovesTheCaseMoneyPspAndWebhookMetricsAndTheScraperSeesThem() throws Exception {
        double opened = counter("redress.cases.opened", "type", "REFUND_ONLY");
        double refunded = counter("redress.cases.closed", "type", "REFUND_ONLY", "outcome", "REFUNDED");
        double legs = counter("redress.refund.legs", "outcome", "succeeded");
        double failedDeliveries = counter("redress.webhooks.deliveries", "outcome", "failed");
        long toMoney = timer("redress.cases.time.to.money", "type", "REFUND_ONLY");
        long pspRefunds = timer("redress.psp.requests", "operation", "refund", "outcome", "SUCCEEDED");
        // a receiver nobody answers: each delivery attempt fails
        String endpointId = json(mvc.perform(post("/api/v1/webhooks/endpoints").with(Callers.marketplace())
                .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(Map.of("url", "http://127.0.0.1:9/metrics",
                        "eventTypes", List.of("case.created")))))).get("endpoint").get("endpointId").asString();
        ListAppender<ILoggingEvent> logs = listen(CaseMetrics.class);
        try {
            scriptedRefund(endpointId, logs, opened, refunded, legs, failedDeliveries, toMoney, pspRefunds);
        } finally {
            jdbc.sql("UPDATE webhook_endpoint SET enabled = FALSE WHERE endpoint_id = ?").param(endpointId).update();
        }
    }

    private void scriptedRefund(String endpointId, ListAppender<ILoggingEvent> logs, double opened, double refunded,
            double legs, double failedDeliveries, long toMoney, long pspRefunds) throws Exception {
        String caseId = refundedCase();

        Waiting.until(() -> counter("redress.cases.closed", "type", "REFUND_ONLY", "outcome", "REFUNDED"), v -> v >= refunded + 1);
        Waiting.until(() -> counter("redress.webhooks.deliveries", "outcome", "failed"), v -> v >= failedDeliveries + 1);
        assertThat(counter("redress.cases.opened", "type", "REFUND_ONLY")).isGreaterThanOrEqualTo(opened + 1);
        assertThat(counter("redress.refund.legs", "outcome", "succeeded")).isGreaterThanOrEqualTo(legs + 1);
        assertThat(timer("redress.cases.time.to.money", "type", "REFUND_ONLY")).isGreaterThanOrEqualTo(toMoney + 1);
        assertThat(timer("redress.psp.requests", "operation", "refund", "outcome", "SUCCEEDED")).isGreaterThanOrEqualTo(pspRefunds + 1);
        assertThat(meters.find("redress.deadlines.pending").gauge().value()).isGreaterThanOrEqualTo(0);
        assertThat(meters.find("redress.webhooks.pending").gauge().value()).isGreaterThanOrEqualTo(1);
        assertThat(logs.list).filteredOn(e -> caseId.equals(e.getMDCPropertyMap().get("caseId")))
                .extracting(ILoggingEvent::getFormattedMessage).anyMatch(m -> m.contains("REQUESTED -> REFUNDING"))
                .anyMatch(m -> m.contains("REFUNDING -> REFUNDED"));

        String scrape = mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + SCRAPE_KEY))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(scrape).contains("redress_cases_opened_total{", "redress_cases_closed_total{",
                "redress_cases_time_to_money_seconds_bucket{", "redress_deadlines_pending", "redress_refund_legs_total{",
                "redress_psp_requests_seconds_bucket{", "redress_reconciliation_breaks", "redress_webhooks_deliveries_total{",
                "redress_webhooks_pending");
        // every request is timed; Spring Security's own per-filter observations are off (docs/performance.md)
        assertThat(scrape).contains("http_server_requests_seconds_count{").doesNotContain("spring_security_");
        java.util.regex.Matcher queried = java.util.regex.Pattern.compile("redress_[a-z_]+")
                .matcher(java.nio.file.Files.readString(java.nio.file.Path.of("ops", "grafana", "redress.json")));
        while (queried.find()) {
            assertThat(scrape).as("the dashboard's " + queried.group() + " is exported").contains(queried.group());
        }
    }

    @Test
    void theScrapeKeyOpensTheMetricsAndNothingElse() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + SCRAPE_KEY + "x"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/metrics").header("Authorization", "Bearer " + SCRAPE_KEY)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases").header("Authorization", "Bearer " + SCRAPE_KEY)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + SCRAPE_KEY)).andExpect(status().isForbidden());
    }

    @Test
    void everyRequestCarriesACorrelationId() throws Exception {
        mvc.perform(get("/actuator/health").header("X-Correlation-Id", "shop-req-42"))
                .andExpect(header().string("X-Correlation-Id", "shop-req-42"));
        mvc.perform(get("/actuator/health").header("X-Correlation-Id", "no spaces or <tags> please"))
                .andExpect(header().string("X-Correlation-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}")));
    }

    private String refundedCase() throws Exception {
        String orderId = pushOrder();
        String caseId = json(mvc.perform(post("/api/v1/cases").with(Callers.buyer(BUYER_ID)).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(Map.of("orderId", orderId, "type", "REFUND_ONLY", "reason", "NOT_RECEIVED",
                        "lines", List.of(Map.of("lineId", "L1", "quantity", 1))))))).get("caseId").asString();
        mvc.perform(post("/api/v1/cases/" + caseId + "/agree").with(Callers.seller(SHOP_ID))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":1}")).andExpect(status().isOk());
        Waiting.until(() -> caseStatus(caseId), "REFUNDED"::equals);
        return caseId;
    }

    private String caseStatus(String caseId) {
        try {
            return json(mvc.perform(get("/api/v1/cases/" + caseId).with(Callers.buyer(BUYER_ID)))).get("status").asString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private double counter(String name, String... tags) {
        Counter counter = meters.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    private long timer(String name, String... tags) {
        Timer timer = meters.find(name).tags(tags).timer();
        return timer == null ? 0 : timer.count();
    }

    private static ListAppender<ILoggingEvent> listen(Class<?> source) {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Logger logger = (Logger) LoggerFactory.getLogger(source);
        // another test context may have set up logging since the shared one did: INFO for this logger whatever came last
        logger.setLevel(ch.qos.logback.classic.Level.INFO);
        logger.addAppender(appender);
        return appender;
    }

    private static JsonNode json(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return JsonMapper.shared().readTree(result.andReturn().getResponse().getContentAsString());
    }

    private String pushOrder() throws Exception {
        String orderId = OrderJson.freshId();
        Map<String, Object> order = OrderJson.example(orderId);
        order.put("buyerId", BUYER_ID);
        order.put("shopId", SHOP_ID);
        mvc.perform(post("/api/v1/orders").with(Callers.marketplace()).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(order))).andExpect(status().isCreated());
        return orderId;
    }
}
