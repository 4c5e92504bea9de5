package io.redress.console;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.aftersale.web.PayoutCalls;
import io.redress.decisions.RefundDecisions;
import io.redress.identity.Role;
import io.redress.orders.Callers;
import io.redress.orders.OrderJson;
import io.redress.payments.RefundAttempt;
import io.redress.payments.RefundLeg;
import io.redress.payments.RefundStatus;
import io.redress.payments.Refunds;
import io.redress.payments.internal.RefundReconciler;
import io.redress.payments.sandbox.SandboxPsp;
import io.redress.payments.sandbox.SandboxSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@RedressIntegrationTest
class CaseMoneyIntegrationTest {

    static final Currency CNY = Currency.getInstance("CNY");

    @Autowired MockMvc mvc;
    @Autowired Refunds refunds;
    @Autowired SandboxPsp sandbox;
    @Autowired RefundReconciler reconciler;
    @Autowired Clock clock;
    @Autowired RefundDecisions decisions;

    MockHttpSession buyer1;
    String order;
    String caseId;

    @BeforeEach
    void aCaseOnAnOrderPaidWithTwoInstruments() throws Exception {
        buyer1 = signIn("buyer1");
        order = OrderJson.freshId();
        Map<String, Object> body = OrderJson.example(order);
        body.put("payments", new ArrayList<>(List.of(payment("P1", "ALIPAY_BALANCE", 12000, "psp-a"),
                payment("P2", "ALIPAY_HUABEI", 7600, "psp-b"))));
        mvc.perform(post("/api/v1/orders").with(Callers.marketplace()).contentType(MediaType.APPLICATION_JSON)
                        .content(OrderJson.write(body)))
                .andExpect(status().isCreated());
        String location = mvc.perform(post("/orders/" + order + "/refund").session(buyer1).with(csrf())
                        .param("type", "REFUND_ONLY").param("reason", "QUALITY").param("qty.L1", "1"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        caseId = location.substring("/cases/".length());
    }

    @AfterEach
    void reliableSandbox() {
        sandbox.configure(SandboxSettings.reliable());
    }

    @Test
    void eachPaidLegShowsItsInstrumentAmountStatusAndKeyInBothLanguages() throws Exception {
        refunds.request(caseId, order, CNY, List.of(new RefundLeg("P1", "psp-a", 5000), new RefundLeg("P2", "psp-b", 3900)));
        Waiting.until(() -> refunds.attempts(caseId), all(RefundStatus.SUCCEEDED));

        mvc.perform(get("/cases/" + caseId).session(buyer1))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("退款资金"), containsString("支付宝余额"),
                        containsString("花呗"), containsString("¥50.00"), containsString("¥39.00"),
                        containsString("退款成功"), containsString(caseId + "-1"), containsString(caseId + "-2"),
                        containsString("已退款合计"), containsString("id=\"refunded-total\">¥89.00<"), not(containsString("尚未退款")))));
        mvc.perform(get("/cases/" + caseId).session(buyer1).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Alipay balance"), containsString("Huabei"),
                        containsString("¥50.00"), containsString("¥39.00"), containsString(">Succeeded<"),
                        containsString("Refunded in total"))));
    }

    @Test
    void aLegWithoutAnAnswerFromThePspIsShownAsBeingConfirmed() throws Exception {
        sandbox.configure(new SandboxSettings(0, 0, 1, 3_000, 0, 0, 0, 0));
        refunds.request(caseId, order, CNY, List.of(new RefundLeg("P1", "psp-a", 8900)));
        Waiting.until(() -> refunds.attempts(caseId), attempts -> attempts.get(0).lastError() != null);

        mvc.perform(get("/cases/" + caseId).session(buyer1))
                .andExpect(content().string(allOf(containsString("结果未知"), containsString("正在与支付机构核实"),
                        containsString("¥89.00"), containsString("id=\"refunded-total\">¥0.00<"))));
        mvc.perform(get("/cases/" + caseId).session(buyer1).param("lang", "en"))
                .andExpect(content().string(containsString("being confirmed with the payment provider")));
    }

    @Test
    void aLegParkedForAnOperatorShowsWhy() throws Exception {
        sandbox.configure(new SandboxSettings(0, 1, 0, 0, 0, 0, 0, 0));
        refunds.request(caseId, order, CNY, List.of(new RefundLeg("P2", "psp-b", 3900)));
        Waiting.until(() -> refunds.attempts(caseId), attempts -> attempts.get(0).lastError() != null);
        Instant now = clock.instant();
        for (int day = 0; day < 10; day++) {
            now = now.plus(Duration.ofDays(1)).plusSeconds(1);
            reconciler.reconcileDue(now);
        }

        mvc.perform(get("/cases/" + caseId).session(buyer1).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Huabei"), containsString("Parked for an operator"),
                        containsString("outcome unknown after 7 checks"))));
        mvc.perform(get("/cases/" + caseId).session(buyer1))
                .andExpect(content().string(containsString("已转人工处理")));
    }

    @Test
    void aLegThePspRefusedShowsItsWords() throws Exception {
        sandbox.configure(new SandboxSettings(0, 0, 0, 0, 1, 0, 0, 0));
        refunds.request(caseId, order, CNY, List.of(new RefundLeg("P1", "psp-a", 8900)));
        RefundAttempt failed = Waiting.until(() -> refunds.attempts(caseId), all(RefundStatus.FAILED)).get(0);

        mvc.perform(get("/cases/" + caseId).session(buyer1))
                .andExpect(content().string(allOf(containsString("退款失败"), containsString(failed.lastError()),
                        containsString("id=\"refunded-total\">¥0.00<"))));
    }

    @Test
    void aLegAnAdminRetriedAfterThePspRefusedItShowsBesideTheRefusedOne() throws Exception {
        PayoutCalls calls = new PayoutCalls(mvc);
        RequestPostProcessor buyer = Callers.buyer("buyer-1");
        Object retried = calls.apply(buyer, calls.twoInstrumentOrder("buyer-1"), 1, 3000L).get("caseId");
        sandbox.configure(new SandboxSettings(0, 0, 0, 0, 1.0, 0, 0, 0));
        calls.agree(retried);
        Waiting.until(() -> refunds.attempts(retried.toString()), legs -> legs.size() == 2 && all(RefundStatus.FAILED).test(legs));
        sandbox.configure(SandboxSettings.reliable());
        mvc.perform(post("/api/v1/cases/" + retried + "/refunds/retry").with(Callers.staff(Role.ADMIN)))
                .andExpect(status().isAccepted());
        Waiting.until(() -> refunds.attempts(retried + "-r2"), legs -> legs.size() == 2 && all(RefundStatus.SUCCEEDED).test(legs));

        mvc.perform(get("/cases/" + retried).session(buyer1))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(retried + "-1<"), containsString("退款失败"),
                        containsString(retried + "-r2-1<"), containsString(retried + "-r2-2<"), containsString("退款成功"),
                        containsString("id=\"refunded-total\">¥30.00<"))));
    }

    @Test
    void theCasePageShowsTheRefundDecisionItsInstrumentsAndItsTimelineRow() throws Exception {
        PayoutCalls calls = new PayoutCalls(mvc);
        Object decided = calls.apply(Callers.buyer("buyer-1"), calls.twoInstrumentOrder("buyer-1"), 1, 3000L).get("caseId");
        calls.agree(decided);
        String decisionId = decisions.byRef(decided.toString()).orElseThrow().decisionId();

        mvc.perform(get("/cases/" + decided).session(buyer1))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"decision\""), containsString("退款决定"),
                        containsString(decisionId), containsString("2026112022002"), containsString("¥30.00"),
                        containsString("决定编号"))));
    }

    @Test
    void beforeAnyRefundThePageSaysWhenTheMoneyComes() throws Exception {
        mvc.perform(get("/cases/" + caseId).session(buyer1))
                .andExpect(content().string(allOf(containsString("尚未退款：售后达成一致后即退款"),
                        not(containsString("已退款合计")), not(containsString("id=\"decision\"")))));
        mvc.perform(get("/cases/" + caseId).session(buyer1).param("lang", "en"))
                .andExpect(content().string(containsString("the refund is paid once the case is agreed")));
    }

    @Test
    void anotherBuyerCannotSeeTheCaseOrItsMoney() throws Exception {
        refunds.request(caseId, order, CNY, List.of(new RefundLeg("P1", "psp-a", 8900)));

        mvc.perform(get("/cases/" + caseId).session(signIn("buyer2")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(caseId + "-1"))));
        mvc.perform(get("/cases/" + caseId).session(signIn("seller1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(caseId + "-1")));
    }

    private static Predicate<List<RefundAttempt>> all(RefundStatus status) {
        return attempts -> !attempts.isEmpty() && attempts.stream().allMatch(a -> a.status() == status);
    }

    private static Map<String, Object> payment(String id, String method, long amount, String pspReference) {
        Map<String, Object> payment = new LinkedHashMap<>();
        payment.put("paymentId", id);
        payment.put("method", method);
        payment.put("amount", amount);
        payment.put("pspReference", pspReference);
        return payment;
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "demo"))
                .andExpect(authenticated())
                .andReturn().getRequest().getSession();
    }
}
