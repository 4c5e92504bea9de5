package io.redress.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.identity.Caller;
import io.redress.identity.DemoAccount;
import io.redress.identity.Role;
import io.redress.identity.internal.TokenIssuer;
import io.redress.orders.OrderJson;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import tools.jackson.databind.json.JsonMapper;

/** Each command stays within its statement and transaction budget ({@link CommandBudgets}). */
@RedressIntegrationTest
class StatementBudgetIntegrationTest {

    // the threads of the payout pipeline: the registry's asynchronous listeners and the PSP senders
    private static final Predicate<Thread> PAYOUT_THREADS =
            t -> t.getName().startsWith("task-") || t.getName().startsWith("refund-sender");

    @Autowired
    MockMvc mvc;

    @Autowired
    TokenIssuer tokens;

    private String buyer;
    private String seller;

    @BeforeEach
    void signIn() {
        buyer = tokens.issue(new Caller("buyer1", Set.of(Role.BUYER), "buyer-1", null)).token();
        seller = tokens.issue(new Caller("seller1", Set.of(Role.SELLER), null, "shop-1")).token();
    }

    @Test
    void anOrderPushAndACarrierEventStayWithinBudget() throws Exception {
        push(OrderJson.freshId()); // warm-up
        String orderId = OrderJson.freshId();
        push(OrderJson.freshId()); // the service key was just checked: its lookup is remembered
        Statements.Recording recording = Statements.onThisThread();
        push(orderId);
        within(CommandBudgets.ORDER_PUSH, recording.stop());

        String other = OrderJson.freshId();
        push(other);
        ship(other); // warm-up, and the service key's lookup remembered
        recording = Statements.onThisThread();
        ship(orderId);
        within(CommandBudgets.CARRIER_EVENT, recording.stop());
    }

    @Test
    void applyAgreeAndThePayoutStayWithinBudget() throws Exception {
        agree(apply(signed()));  // warm-up
        String orderId = signed();
        read(buyer); // the buyer's token was just checked: its lookup is remembered
        Statements.Recording recording = Statements.onThisThread();
        String caseId = apply(orderId);
        within(CommandBudgets.APPLY, recording.stop());

        quiet();
        Statements.Recording payout = Statements.onThreads(PAYOUT_THREADS);
        read(seller);
        recording = Statements.onThisThread();
        agree(caseId);
        within(CommandBudgets.AGREE, recording.stop());
        Waiting.until(() -> caseStatus(caseId), "REFUNDED"::equals);
        quiet();
        within(CommandBudgets.PAYOUT, payout.stop());
    }

    private void within(CommandBudgets.Budget budget, Statements.Tally tally) {
        assertThat(tally.statements()).as(budget.command() + " statements: " + tally).isLessThanOrEqualTo(budget.statements());
        assertThat(tally.transactions()).as(budget.command() + " transactions: " + tally).isLessThanOrEqualTo(budget.transactions());
    }

    /** Waits until the payout threads ran nothing for a second (earlier tests' payouts drained). */
    private static void quiet() throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            Statements.Recording probe = Statements.onThreads(PAYOUT_THREADS);
            Thread.sleep(1000);
            if (probe.stop().statements() == 0) {
                return;
            }
        }
    }

    private String signed() throws Exception {
        String orderId = OrderJson.freshId();
        push(orderId);
        ship(orderId);
        call(post("/api/v1/orders/" + orderId + "/fulfilment"), DemoAccount.SERVICE_KEY, Map.of("event", "SIGNED"),
                MockMvcResultMatchers.status().isOk());
        return orderId;
    }

    private void push(String orderId) throws Exception {
        call(post("/api/v1/orders"), DemoAccount.SERVICE_KEY, OrderJson.example(orderId), MockMvcResultMatchers.status().isCreated());
    }

    private void ship(String orderId) throws Exception {
        call(post("/api/v1/orders/" + orderId + "/fulfilment"), DemoAccount.SERVICE_KEY,
                Map.of("event", "SHIPPED", "carrier", "SF", "trackingNo", "SF1"), MockMvcResultMatchers.status().isOk());
    }

    private String apply(String orderId) throws Exception {
        return (String) call(post("/api/v1/cases"), buyer, Map.of("orderId", orderId, "type", "REFUND_ONLY",
                "reason", "QUALITY", "lines", List.of(Map.of("lineId", "L1", "quantity", 1))), MockMvcResultMatchers.status().isCreated())
                .get("caseId");
    }

    private void agree(String caseId) throws Exception {
        call(post("/api/v1/cases/" + caseId + "/agree"), seller, Map.of("version", 1), MockMvcResultMatchers.status().isOk());
    }

    private void read(String bearer) throws Exception {
        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + bearer))
                .andExpect(MockMvcResultMatchers.status().isOk());
    }

    private String caseStatus(String caseId) {
        try {
            return (String) JsonMapper.shared().readValue(mvc.perform(get("/api/v1/cases/" + caseId)
                    .header("Authorization", "Bearer " + buyer)).andReturn().getResponse().getContentAsString(), Map.class)
                    .get("status");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String bearer, Object body, ResultMatcher expected) throws Exception {
        String answer = mvc.perform(request.header("Authorization", "Bearer " + bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(body)))
                .andExpect(expected).andReturn().getResponse().getContentAsString();
        return JsonMapper.shared().readValue(answer, Map.class);
    }
}
