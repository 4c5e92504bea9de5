package io.redress.aftersale.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.aftersale.internal.CaseAttention;
import io.redress.identity.Role;
import io.redress.ledger.Account;
import io.redress.ledger.Ledger;
import io.redress.ledger.LedgerLine;
import io.redress.orders.Callers;
import io.redress.orders.Order;
import io.redress.orders.OrderJson;
import io.redress.orders.Orders;
import io.redress.payments.RefundStatus;
import io.redress.payments.Refunds;
import io.redress.payments.sandbox.SandboxSettings;
import io.redress.payments.sandbox.SandboxPsp;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@RedressIntegrationTest
class CasePayoutIntegrationTest {

    static final Currency CNY = Currency.getInstance("CNY");

    @Autowired MockMvc mvc;
    @Autowired Orders orders;
    @Autowired Ledger ledger;
    @Autowired Refunds refunds;
    @Autowired SandboxPsp sandbox;

    @AfterEach
    void reliableSandbox() {
        sandbox.configure(SandboxSettings.reliable());
    }

    @Test
    void agreedRefundIsPaidPerInstrumentAndTheCaseEndsRefundedWithTheOrderAndLedgerSettled() throws Exception {
        String buyerId = "buyer-" + UUID.randomUUID();
        String orderId = twoInstrumentOrder(buyerId);
        RequestPostProcessor buyer = Callers.buyer(buyerId);
        Map<String, Object> opened = apply(buyer, orderId, 2, null);
        Object caseId = opened.get("caseId");
        long requested = ((Number) opened.get("requestedAmount")).longValue();

        mvc.perform(post("/api/v1/cases/" + caseId + "/agree").with(Callers.seller("shop-1"))
                        .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(Map.of("version", 1))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REFUNDING"));

        Map<String, Object> refunded = Waiting.until(() -> read(buyer, caseId), c -> "REFUNDED".equals(c.get("status")));
        assertThat(((Number) refunded.get("refundedAmount")).longValue()).isEqualTo(requested);
        assertThat(refunded.get("attention")).isNull();

        List<Map<String, Object>> legs = jsonList(mvc.perform(get("/api/v1/cases/" + caseId + "/refunds")
                .with(buyer)).andExpect(status().isOk()));
        assertThat(legs).extracting(l -> l.get("paymentId")).containsExactly("P1", "P2");
        assertThat(legs).allSatisfy(l -> {
            assertThat(l.get("status")).isEqualTo("SUCCEEDED");
            assertThat(l.get("attempts")).isEqualTo(1);
            assertThat(l.get("refundId")).isNotNull();
        });
        assertThat(legs.stream().mapToLong(l -> ((Number) l.get("amount")).longValue()).sum()).isEqualTo(requested);

        Order order = orders.find(orderId).orElseThrow();
        assertThat(order.lines().get(0).refunds().refundedAmount() + order.shippingRefunded()).isEqualTo(requested);
        assertThat(order.lines().get(0).refunds().reservedAmount()).isZero();
        assertThat(order.lines().get(0).refunds().refundedQuantity()).isEqualTo(2);
        assertThat(order.shippingReserved()).isZero();
        assertThat(order.payments()).allSatisfy(p -> {
            assertThat(p.reservedAmount()).isZero();
            assertThat(p.refundedAmount()).isPositive();
        });
        assertThat(order.payments().stream().mapToLong(p -> p.refundedAmount()).sum()).isEqualTo(requested);

        Waiting.until(() -> ledger.balance(Account.buyerFunds(buyerId), CNY), balance -> balance == 0);
        assertThat(ledger.unbalancedEntries()).isEmpty();
        assertThat(ledger.lines(Account.buyerFunds(buyerId))).extracting(LedgerLine::reference)
                .containsExactlyInAnyOrder("refund:" + caseId, "refund-paid:" + caseId + "-1", "refund-paid:" + caseId + "-2");
    }

    @Test
    void refundsOfACaseAreHiddenFromThoseWhoMayNotSeeIt() throws Exception {
        String buyerId = "buyer-" + UUID.randomUUID();
        String orderId = twoInstrumentOrder(buyerId);
        Object caseId = apply(Callers.buyer(buyerId), orderId, 1, 3000L).get("caseId");

        mvc.perform(get("/api/v1/cases/" + caseId + "/refunds").with(Callers.buyer("buyer-" + UUID.randomUUID())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + caseId + "/refunds").with(Callers.seller("shop-2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + caseId + "/refunds").with(Callers.seller("shop-1")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/cases/" + caseId + "/refunds").with(Callers.staff(Role.AUDITOR)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/cases/C-unknown/refunds").with(Callers.staff(Role.ADMIN)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRefusedLegFlagsTheCaseForAnOperatorWithoutLeavingRefunding() throws Exception {
        String buyerId = "buyer-" + UUID.randomUUID();
        String orderId = twoInstrumentOrder(buyerId);
        RequestPostProcessor buyer = Callers.buyer(buyerId);
        Object caseId = apply(buyer, orderId, 1, 3000L).get("caseId");
        sandbox.configure(new SandboxSettings(0, 0, 0, 35_000, 1.0, 0, 1_000, 0));

        mvc.perform(post("/api/v1/cases/" + caseId + "/agree").with(Callers.seller("shop-1"))
                        .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(Map.of("version", 1))))
                .andExpect(status().isOk());

        Map<String, Object> flagged = Waiting.until(() -> read(buyer, caseId), c -> c.get("attention") != null);
        assertThat(flagged.get("status")).isEqualTo("REFUNDING");
        assertThat((String) flagged.get("attention")).contains("refused by the PSP");
        List<Map<String, Object>> timeline = jsonList(mvc.perform(get("/api/v1/cases/" + caseId + "/timeline")
                .with(buyer)).andExpect(status().isOk()));
        assertThat(timeline).last().satisfies(entry -> {
            assertThat(entry.get("action")).isEqualTo(CaseAttention.ACTION);
            assertThat(entry.get("to")).isEqualTo("REFUNDING");
            assertThat((String) entry.get("message")).contains("refused by the PSP");
        });
        assertThat(refunds.attempts(caseId.toString())).anyMatch(a -> a.status() == RefundStatus.FAILED);
        assertThat(orders.find(orderId).orElseThrow().lines().get(0).refunds().reservedAmount()).isEqualTo(3000);
    }

    /** API.md's example order for {@code buyerId}, paid 12000 from the Alipay balance and 7600 with Huabei. */
    private String twoInstrumentOrder(String buyerId) throws Exception {
        String id = OrderJson.freshId();
        Map<String, Object> order = OrderJson.example(id);
        order.put("buyerId", buyerId);
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
        return id;
    }

    private Map<String, Object> apply(RequestPostProcessor buyer, String orderId, int quantity, Long amount)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", orderId);
        body.put("type", "REFUND_ONLY");
        body.put("reason", "NOT_RECEIVED");
        body.put("lines", List.of(Map.of("lineId", "L1", "quantity", quantity)));
        if (amount != null) {
            body.put("requestedAmount", amount);
        }
        return CaseCalls.json(mvc.perform(post("/api/v1/cases").with(buyer).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(body))).andExpect(status().isCreated()));
    }

    private Map<String, Object> read(RequestPostProcessor buyer, Object caseId) {
        try {
            return CaseCalls.json(mvc.perform(get("/api/v1/cases/" + caseId).with(buyer)).andExpect(status().isOk()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> jsonList(ResultActions result) throws Exception {
        return JsonMapper.shared().readValue(result.andReturn().getResponse().getContentAsString(), List.class);
    }
}
