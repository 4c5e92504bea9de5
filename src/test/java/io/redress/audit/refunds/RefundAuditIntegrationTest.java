package io.redress.audit.refunds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.decisions.RefundDecision;
import io.redress.decisions.RefundDecisions;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.ledger.Account;
import io.redress.ledger.Ledger;
import io.redress.orders.Callers;
import io.redress.orders.OrderJson;
import io.redress.payments.RefundStatus;
import io.redress.payments.Refunds;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The refund audit over real cases: a clean refund gives no finding and a signed report tied to the chain head; a
 * decision row or a paid leg changed in the database is found and named; a scoped auditor sees nothing outside.
 */
@RedressIntegrationTest
class RefundAuditIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired RefundDecisions decisions;
    @Autowired Refunds refunds;
    @Autowired Ledger ledger;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired ReportSigner signer;

    @Test
    void aCleanRefundHasNoFindingAndTheSignedReportIsTiedToTheChainHead() throws Exception {
        String shop = "shop-ra-" + UUID.randomUUID().toString().substring(0, 8);
        RefundDecision d = refunded(shop);
        Map<String, Object> view = run(auditor("firm-" + UUID.randomUUID()), d, List.of(shop), 201);
        @SuppressWarnings("unchecked")
        Map<String, Object> run = (Map<String, Object>) view.get("run");
        assertThat(view.get("findings")).asList().isEmpty();
        assertThat(((Number) run.get("decisionsChecked")).intValue()).isEqualTo(1);
        String runId = (String) run.get("runId");

        String report = mvc.perform(get("/api/v1/refund-audits/" + runId + "/report").with(auditor("a2")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        @SuppressWarnings("unchecked")
        Map<String, Object> signed = json.readValue(report, Map.class);
        assertThat(signer.verifies(signed)).isTrue();
        assertThat(signed.get("chainHead")).asString().contains((String) run.get("chainHash"));
        signed.put("decisionsChecked", 0);
        assertThat(signer.verifies(signed)).as("a changed report no longer verifies").isFalse();
    }

    @Test
    void aDecisionRowOrAPaidLegChangedInTheDatabaseIsFoundAndNamed() throws Exception {
        String shop = "shop-ra-" + UUID.randomUUID().toString().substring(0, 8);
        RefundDecision d = refunded(shop);
        // move one fen from the first instrument to the second in the stored decision: it still adds up
        String parts = jdbc.sql("SELECT parts FROM refund_decision WHERE refund_ref = ?").param(d.refundRef())
                .query(String.class).single();
        RefundDecision.Instrument first = d.instruments().get(0);
        RefundDecision.Instrument second = d.instruments().get(1);
        String tampered = parts.replace("\"paymentId\":\"" + first.paymentId() + "\",\"pspReference\":\""
                + first.pspReference() + "\",\"amount\":" + first.amount(), "\"paymentId\":\"" + first.paymentId()
                + "\",\"pspReference\":\"" + first.pspReference() + "\",\"amount\":" + (first.amount() - 1))
                .replace("\"paymentId\":\"" + second.paymentId() + "\",\"pspReference\":\"" + second.pspReference()
                        + "\",\"amount\":" + second.amount(), "\"paymentId\":\"" + second.paymentId()
                        + "\",\"pspReference\":\"" + second.pspReference() + "\",\"amount\":" + (second.amount() + 1));
        assertThat(tampered).isNotEqualTo(parts);
        jdbc.sql("UPDATE refund_decision SET parts = ? WHERE refund_ref = ?").params(tampered, d.refundRef()).update();
        // and pay the second leg one fen short
        jdbc.sql("UPDATE refund_attempt SET amount = amount - 1 WHERE external_key = ?").param(d.refundRef() + "-2")
                .update();

        Map<String, Object> view = run(auditor("firm-" + UUID.randomUUID()), d, List.of(shop), 201);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> findings = (List<Map<String, Object>>) view.get("findings");
        assertThat(findings).extracting(f -> f.get("part")).contains("instrument:" + first.paymentId() + ".amount",
                "instrument:" + second.paymentId() + ".amount", "instrument:" + first.paymentId() + ".paid");
        assertThat(findings).filteredOn(f -> f.get("part").equals("instrument:" + first.paymentId() + ".amount"))
                .singleElement().satisfies(f -> {
                    assertThat(f).containsEntry("refundRef", d.refundRef()).containsEntry("expected",
                            String.valueOf(first.amount())).containsEntry("found", String.valueOf(first.amount() - 1));
                    assertThat((String) f.get("explanation")).contains("scaledTo");
                });
        @SuppressWarnings("unchecked")
        String runId = (String) ((Map<String, Object>) view.get("run")).get("runId");
        String csv = mvc.perform(get("/api/v1/refund-audits/" + runId + ".csv").with(auditor("a3")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("refundRef,caseId,shopId,part,expected,found,explanation")
                .contains("\"instrument:" + first.paymentId() + ".amount\"");
    }

    @Test
    void anAuditorScopedToOneShopSeesNothingOfAnother() throws Exception {
        String shop1 = "shop-ra-" + UUID.randomUUID().toString().substring(0, 8);
        String shop2 = "shop-ra-" + UUID.randomUUID().toString().substring(0, 8);
        RefundDecision d = refunded(shop1);
        Map<String, Object> all = run(auditor("own-" + UUID.randomUUID()), d, List.of(shop1), 201);
        @SuppressWarnings("unchecked")
        String runOfShop1 = (String) ((Map<String, Object>) all.get("run")).get("runId");

        String firm = "firm-" + UUID.randomUUID();
        mvc.perform(put("/api/v1/admin/users/" + firm + "/audit-scope").with(Callers.staff(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(OrderJson.write(Map.of("shops", List.of(shop2)))))
                .andExpect(status().isOk());
        run(auditor(firm), d, List.of(shop1), 403);
        Map<String, Object> own = run(auditor(firm), d, List.of(), 201);
        @SuppressWarnings("unchecked")
        Map<String, Object> ownRun = (Map<String, Object>) own.get("run");
        assertThat(ownRun.get("shops")).asList().containsExactly(shop2);
        assertThat(((Number) ownRun.get("decisionsChecked")).intValue()).isZero();
        mvc.perform(get("/api/v1/refund-audits/" + runOfShop1).with(auditor(firm))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/refund-audits/" + runOfShop1 + ".csv").with(auditor(firm)))
                .andExpect(status().isNotFound());
        String listed = mvc.perform(get("/api/v1/refund-audits").with(auditor(firm))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(listed).doesNotContain(runOfShop1).doesNotContain(shop1);
        mvc.perform(get("/api/v1/audit/events").with(auditor(firm))).andExpect(status().isForbidden());

        String dated = "firm-" + UUID.randomUUID();
        mvc.perform(put("/api/v1/admin/users/" + dated + "/audit-scope").with(Callers.staff(Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(OrderJson.write(Map.of("from", "2020-01-01", "to", "2020-01-31"))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit/events?from=2020-01-01&to=2020-02-01").with(auditor(dated)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/events?from=2020-01-01&to=2020-01-31").with(auditor(dated)))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/admin/users/" + dated + "/audit-scope").with(auditor(dated))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBadRangeIsRefusedNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/refund-audits").with(auditor("a4")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"2026-11-02\",\"to\":\"2026-11-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("\"to\"")));
        mvc.perform(post("/api/v1/refund-audits").with(auditor("a4")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"2026-11-01\",\"to\":\"2026-11-02\",\"sample\":0}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/refund-audits").with(Callers.seller("shop-1")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"2026-11-01\",\"to\":\"2026-11-02\"}"))
                .andExpect(status().isForbidden());
    }

    private Map<String, Object> run(RequestPostProcessor as, RefundDecision d, List<String> shops, int expected)
            throws Exception {
        LocalDate day = d.decidedAt().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
        String body = OrderJson.write(Map.of("from", day.toString(), "to", day.toString(), "shops", shops));
        String answer = mvc.perform(post("/api/v1/refund-audits").with(as).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
        @SuppressWarnings("unchecked")
        Map<String, Object> view = expected == 201 ? json.readValue(answer, Map.class) : Map.of();
        return view;
    }

    /** A two-instrument order of {@code shop}, a refund the seller agrees to, paid and posted. */
    private RefundDecision refunded(String shop) throws Exception {
        String buyerId = "buyer-" + UUID.randomUUID();
        String id = OrderJson.freshId();
        Map<String, Object> order = OrderJson.example(id);
        order.put("buyerId", buyerId);
        order.put("shopId", shop);
        Map<String, Object> balance = new LinkedHashMap<>(OrderJson.payment(order, 0));
        balance.put("amount", 12000);
        Map<String, Object> huabei = new LinkedHashMap<>(balance);
        huabei.put("paymentId", "P2");
        huabei.put("method", "ALIPAY_HUABEI");
        huabei.put("amount", 7600);
        huabei.put("pspReference", "2026112022002");
        order.put("payments", new ArrayList<>(List.of(balance, huabei)));
        mvc.perform(post("/api/v1/orders").with(Callers.marketplace()).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(order))).andExpect(status().isCreated());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", id);
        body.put("type", "REFUND_ONLY");
        body.put("reason", "NOT_RECEIVED");
        body.put("lines", List.of(Map.of("lineId", "L1", "quantity", 1)));
        @SuppressWarnings("unchecked")
        Map<String, Object> opened = json.readValue(mvc.perform(post("/api/v1/cases").with(Callers.buyer(buyerId))
                .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(body))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), Map.class);
        String caseId = (String) opened.get("caseId");
        mvc.perform(post("/api/v1/cases/" + caseId + "/agree").with(Callers.seller(shop))
                .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(Map.of("version", 1))))
                .andExpect(status().isOk());
        RefundDecision d = decisions.byRef(caseId).orElseThrow();
        assertThat(d.paying()).hasSize(2);
        Waiting.until(() -> refunds.attempts(caseId),
                legs -> legs.size() == 2 && legs.stream().allMatch(l -> l.status() == RefundStatus.SUCCEEDED));
        Waiting.until(() -> ledger.lines(Account.buyerFunds(buyerId)).stream()
                .filter(l -> l.reference().equals("refund:" + caseId)).toList(), l -> !l.isEmpty());
        return d;
    }

    private static RequestPostProcessor auditor(String name) {
        Caller caller = new Caller(name, Set.of(Role.AUDITOR), null, null);
        return authentication(new TestingAuthenticationToken(caller, null, Role.AUDITOR.authority()));
    }

}
