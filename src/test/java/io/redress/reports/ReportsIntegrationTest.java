package io.redress.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.identity.Role;
import io.redress.orders.Callers;
import io.redress.orders.OrderJson;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reports of one shop of its own, after cases scripted under the development clock with known gaps: A refunded
 * 2 h after its request, B 10 h after, C cancelled at once, D left unanswered until the seller's 24 h ran out (the
 * system agreed 25 h after, at the clock's jump), E refused and escalated, its agents' 24 h to accept never met.
 */
@RedressIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsIntegrationTest {

    static final long HOUR = 3600;
    /** What payouts on their own threads and the requests themselves may add to a scripted gap. */
    static final long SLACK = 120;

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;

    final String shop = "shop-rep-" + UUID.randomUUID().toString().substring(0, 8);
    final String buyerId = "buyer-rep-" + UUID.randomUUID().toString().substring(0, 8);
    RequestPostProcessor buyer;
    RequestPostProcessor seller;
    final RequestPostProcessor agent = Callers.staff(Role.AGENT);
    LocalDate from;
    LocalDate to;

    @BeforeAll
    void script() throws Exception {
        buyer = Callers.buyer(buyerId);
        seller = Callers.seller(shop);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        from = LocalDate.now(clock.withZone(zone));
        String a = apply(order(), 5000);
        String c = apply(order(), 2000);
        String d = apply(order(), 4000);
        String e = apply(deliveredOrder(), 1000, "QUALITY");
        act(seller, e, "refuse", Map.of("reasonCode", "NOT_DEFECTIVE", "message", "photos show no defect",
                "evidenceIds", List.of(photo(e))));
        act(buyer, e, "escalate", Map.of("message", "the seam came apart"));
        act(buyer, c, "cancel", Map.of());

        advance("PT2H");
        act(seller, a, "agree", Map.of());
        refunded(a);

        String b = apply(order(), 3000);
        advance("PT10H");
        act(seller, b, "agree", Map.of());
        refunded(b);

        advance("PT13H"); // D's 24 h and E's agents' 24 h to accept are over
        refunded(d);
        to = LocalDate.now(clock.withZone(zone));
    }

    @Test
    void timeToMoneyIsThePercentilesOfRequestToRefunded() throws Exception {
        JsonNode refundOnly = row(report("time-to-money", agent, shop), "caseType", "REFUND_ONLY");

        assertThat(refundOnly.get("cases").asLong()).isEqualTo(3);
        assertThat(refundOnly.get("p50Seconds").asLong()).isBetween(10 * HOUR, 10 * HOUR + SLACK);
        assertThat(refundOnly.get("p90Seconds").asLong()).isBetween(25 * HOUR, 25 * HOUR + SLACK);
        assertThat(refundOnly.get("p99Seconds").asLong()).isBetween(25 * HOUR, 25 * HOUR + SLACK);
        JsonNode exchange = row(report("time-to-money", agent, shop), "caseType", "EXCHANGE");
        assertThat(exchange.get("cases").asLong()).isZero();
        assertThat(exchange.get("p50Seconds").isNull()).isTrue();
    }

    @Test
    void timeToCloseCountsEveryEndedCase() throws Exception {
        JsonNode all = row(report("time-to-close", agent, shop), "caseType", "ALL");

        assertThat(all.get("cases").asLong()).isEqualTo(4);
        assertThat(all.get("p50Seconds").asLong()).isBetween(2 * HOUR, 2 * HOUR + SLACK);
        assertThat(all.get("p90Seconds").asLong()).isBetween(25 * HOUR, 25 * HOUR + SLACK);
    }

    @Test
    void resolutionCountsTheCasesThatEndedWithoutThePlatform() throws Exception {
        JsonNode all = row(report("resolution", agent, shop), "caseType", "ALL");

        assertThat(all.get("cases").asLong()).isEqualTo(4);
        assertThat(all.get("withoutAgent").asLong()).isEqualTo(4);
        assertThat(all.get("interventionRate").decimalValue()).isZero();
        assertThat(all.get("withoutAgentShare").decimalValue()).isEqualByComparingTo("1");
    }

    @Test
    void slaBreachesCountTheExpiredTimerAndTheUnacceptedDispute() throws Exception {
        JsonNode rows = report("sla-breaches", agent, shop).get("rows");

        long timers = 0;
        long slas = 0;
        for (JsonNode day : rows) {
            timers += day.get("timerBreaches").asLong();
            slas += day.get("interventionSlaBreaches").asLong();
        }
        assertThat(timers).isEqualTo(1);
        assertThat(slas).isEqualTo(1);
        assertThat(rows.size()).isEqualTo((int) (to.toEpochDay() - from.toEpochDay() + 1));
    }

    @Test
    void refundRateIsRefundedOrdersOverOrdersPaid() throws Exception {
        JsonNode shopRow = row(report("refund-rate", agent, shop), "shopId", shop);

        assertThat(shopRow.get("orders").asLong()).isEqualTo(5);
        assertThat(shopRow.get("refundedOrders").asLong()).isEqualTo(3);
        assertThat(shopRow.get("refundRate").decimalValue()).isEqualByComparingTo("0.6");
    }

    @Test
    void refundedMoneyAddsThePaidLegsByInstrument() throws Exception {
        long amount = 0;
        long legs = 0;
        for (JsonNode day : report("refunded-money", agent, shop).get("rows")) {
            assertThat(day.get("instrument").asString()).isEqualTo("ALIPAY_BALANCE");
            amount += day.get("amount").asLong();
            legs += day.get("legs").asLong();
        }
        assertThat(amount).isEqualTo(5000 + 3000 + 4000);
        assertThat(legs).isEqualTo(3);
    }

    @Test
    void aSellerSeesItsOwnShopOnlyAndABuyerNothing() throws Exception {
        JsonNode own = report("refund-rate", seller, null);
        assertThat(own.get("shop").asString()).isEqualTo(shop);
        assertThat(own.get("rows").size()).isEqualTo(1);

        mvc.perform(get("/api/v1/reports/refund-rate").param("shop", "shop-2").with(seller))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/reports/refund-rate").with(buyer)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reports/refund-rate").with(Callers.marketplace())).andExpect(status().isForbidden());
    }

    @Test
    void aScopedAuditorReadsItsShopsAndDaysOnly() throws Exception {
        String firm = "firm-rep-" + UUID.randomUUID().toString().substring(0, 8);
        RequestPostProcessor auditor = Callers.staff(firm, Role.AUDITOR);
        scope(firm, Map.of("shops", List.of(shop), "from", from.toString(), "to", to.toString()));

        JsonNode scoped = report("refund-rate", auditor, null);
        assertThat(scoped.get("shop").asString()).as("all shops, for this auditor, is its one shop").isEqualTo(shop);
        assertThat(scoped.get("rows").size()).isEqualTo(1);
        assertThat(row(scoped, "shopId", shop).get("orders").asLong()).isEqualTo(5);
        mvc.perform(get("/api/v1/reports/refund-rate").param("shop", "shop-2").param("from", from.toString())
                        .param("to", to.toString()).with(auditor))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/reports/refunded-money.csv").param("from", from.minusDays(1).toString())
                .param("to", to.toString()).with(auditor)).andExpect(status().isForbidden());

        scope(firm, Map.of("shops", List.of(shop, "shop-2")));
        mvc.perform(get("/api/v1/reports/refund-rate").param("from", from.toString()).param("to", to.toString())
                .with(auditor)).andExpect(status().isForbidden());
        assertThat(report("refund-rate", auditor, shop).get("rows").size()).isEqualTo(1);
        assertThat(report("refund-rate", Callers.staff("own-auditor", Role.AUDITOR), null).get("rows"))
                .as("an auditor without a scope sees every shop, as an agent does")
                .isEqualTo(report("refund-rate", agent, null).get("rows"));
    }

    private void scope(String auditor, Map<String, Object> scope) throws Exception {
        mvc.perform(put("/api/v1/admin/users/" + auditor + "/audit-scope").with(Callers.staff(Role.ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(scope))).andExpect(status().isOk());
    }

    @Test
    void theCsvTwinAndAcceptTextCsvAnswerTheSameTable() throws Exception {
        String csv = mvc.perform(get("/api/v1/reports/refund-rate.csv").param("shop", shop)
                        .param("from", from.toString()).param("to", to.toString()).with(agent))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"refund-rate_" + from + "_" + to + "_" + shop + ".csv\""))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).isEqualTo("shopId,orders,refundedOrders,refundRate\r\n" + shop + ",5,3,0.6000\r\n");

        String negotiated = mvc.perform(get("/api/v1/reports/refund-rate").param("shop", shop)
                        .param("from", from.toString()).param("to", to.toString()).accept("text/csv").with(agent))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(negotiated).isEqualTo(csv);
    }

    @Test
    void theConsolePageAndItsCsvKeepToTheSameRules() throws Exception {
        mvc.perform(get("/console/reports").with(buyer)).andExpect(status().isForbidden());
        String page = mvc.perform(get("/console/reports").param("from", from.toString()).param("to", to.toString())
                        .with(seller)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"report-time-to-money\"", "/webjars/echarts/", "/dist/echarts.min.js",
                "/console/reports/refund-rate.csv?from=" + from + "&amp;to=" + to + "&amp;shop=" + shop);
        String csv = mvc.perform(get("/console/reports/refund-rate.csv").param("from", from.toString())
                        .param("to", to.toString()).with(seller))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).isEqualTo("shopId,orders,refundedOrders,refundRate\r\n" + shop + ",5,3,0.6000\r\n");
    }

    @Test
    void aBadRangeOrAnUnknownReportIsAProblem() throws Exception {
        mvc.perform(get("/api/v1/reports/refund-rate").param("from", "2026-12-05").param("to", "2026-12-01")
                .with(agent)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/reports/refund-rate").param("from", "2025-01-01").param("to", "2026-12-01")
                .with(agent)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/reports/nothing-like-it").with(agent)).andExpect(status().isNotFound());
    }

    private JsonNode report(String name, RequestPostProcessor as, String shopId) throws Exception {
        var request = get("/api/v1/reports/" + name).param("from", from.toString()).param("to", to.toString()).with(as);
        if (shopId != null) {
            request.param("shop", shopId);
        }
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonMapper.shared().readTree(body);
    }

    private static JsonNode row(JsonNode report, String column, String value) {
        for (JsonNode row : report.get("rows")) {
            if (value.equals(row.get(column).asString())) {
                return row;
            }
        }
        throw new AssertionError("no row with " + column + " = " + value + " in " + report);
    }

    private String order() throws Exception {
        return OrderJson.push(mvc, buyerId, shop, OffsetDateTime.now(clock).minusMinutes(5).toString());
    }

    private String deliveredOrder() throws Exception {
        String id = order();
        for (String event : List.of("SHIPPED", "SIGNED")) {
            mvc.perform(post("/api/v1/orders/" + id + "/fulfilment").with(Callers.marketplace())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(OrderJson.write(Map.of("event", event, "lineIds", List.of("L1"),
                            "at", OffsetDateTime.now(clock).minusMinutes(event.equals("SHIPPED") ? 2 : 1).toString(),
                            "carrier", "SF", "trackingNo", "SF" + id))))
                    .andExpect(status().isOk());
        }
        return id;
    }

    private String photo(String caseId) throws Exception {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
        String answer = mvc.perform(multipart("/api/v1/cases/" + caseId + "/evidence")
                        .file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", jpeg))
                        .param("kind", "PHOTO").with(seller))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonMapper.shared().readTree(answer).get("evidenceId").asString();
    }

    private String apply(String orderId, long amount) throws Exception {
        return apply(orderId, amount, "NOT_RECEIVED");
    }

    private String apply(String orderId, long amount, String reason) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", orderId);
        body.put("type", "REFUND_ONLY");
        body.put("reason", reason);
        body.put("lines", List.of(Map.of("lineId", "L1", "quantity", 1)));
        body.put("requestedAmount", amount);
        body.put("description", "nothing arrived");
        String answer = mvc.perform(post("/api/v1/cases").with(buyer).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(body))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        return JsonMapper.shared().readTree(answer).get("caseId").asString();
    }

    private void act(RequestPostProcessor as, String caseId, String action, Map<String, Object> fields)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.put("version", read(caseId).get("version").asLong());
        mvc.perform(post("/api/v1/cases/" + caseId + "/" + action).with(as).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(body))).andExpect(status().isOk());
    }

    private JsonNode read(String caseId) {
        try {
            return JsonMapper.shared().readTree(mvc.perform(get("/api/v1/cases/" + caseId).with(buyer))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void refunded(String caseId) {
        Waiting.until(() -> read(caseId).get("status").asString(), "REFUNDED"::equals);
    }

    private void advance(String duration) throws Exception {
        mvc.perform(post("/api/v1/admin/clock/advance").with(Callers.staff(Role.ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content("{\"duration\":\"" + duration + "\"}"))
                .andExpect(status().isOk());
        assertThat(Duration.parse(duration)).isPositive();
    }
}
