package io.redress.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

import io.redress.Waiting;
import io.redress.identity.Caller;
import io.redress.identity.DemoAccount;
import io.redress.identity.Role;
import io.redress.identity.internal.TokenIssuer;
import io.redress.orders.Callers;
import io.redress.orders.OrderJson;
import java.time.Duration;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each command stays within its statement and transaction budget ({@link CommandBudgets}), on H2
 * ({@link StatementBudgetIntegrationTest}) and on PostgreSQL ({@link StatementBudgetPostgresTest}), where a
 * statement is a round trip: inserts a transaction holds travel with its next statement ({@code DeferredInserts}).
 */
abstract class StatementBudgets {

    /** The budget of {@code command} on this test's database. */
    abstract CommandBudgets.Budget onThisDatabase(CommandBudgets.Budget command);

    // the threads of the payout pipeline: the registry's asynchronous listeners and the PSP senders
    private static final Predicate<Thread> PAYOUT_THREADS =
            t -> t.getName().startsWith("task-") || t.getName().startsWith("refund-sender");

    /** Within this of the warm call, the lookups it made are still remembered (the time to live is 2 s). */
    private static final Duration REMEMBERED_FOR_SURE = Duration.ofMillis(1500);
    private static final int ATTEMPTS = 5;

    @Autowired
    MockMvc mvc;

    @Autowired
    TokenIssuer tokens;

    @Autowired
    Clock clock;

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
        String[] pushed = new String[1];
        String[] other = new String[1];
        within(CommandBudgets.ORDER_PUSH, recorded(() -> { }, () -> push(OrderJson.freshId()),
                () -> push(pushed[0] = OrderJson.freshId())));
        within(CommandBudgets.CARRIER_EVENT, recorded(() -> {
            pushed[0] = OrderJson.freshId();
            push(pushed[0]);
            other[0] = OrderJson.freshId();
            push(other[0]);
        }, () -> ship(other[0]), () -> ship(pushed[0])));
    }

    @Test
    void applyAgreeAndThePayoutStayWithinBudget() throws Exception {
        agree(apply(signed()));  // warm-up
        String[] orderId = new String[1];
        String[] caseId = new String[1];
        // warm: the buyer's token and the policy in force (a quote reads it) are remembered
        within(CommandBudgets.APPLY, recorded(() -> orderId[0] = signed(), () -> {
            read(buyer);
            quote(orderId[0]);
        }, () -> caseId[0] = apply(orderId[0])));

        for (int attempt = 1; ; attempt++) {
            if (attempt > 1) {
                caseId[0] = apply(signed());
            }
            quiet();
            Statements.Recording payout = Statements.onThreads(PAYOUT_THREADS);
            long warmed = System.nanoTime();
            read(seller);
            Statements.Recording recording = Statements.onThisThread();
            agree(caseId[0]);
            Statements.Tally agreement = recording.stop();
            boolean remembered = System.nanoTime() - warmed < REMEMBERED_FOR_SURE.toNanos();
            Waiting.until(() -> caseStatus(caseId[0]), "REFUNDED"::equals);
            quiet();
            Statements.Tally payoutTally = payout.stop();
            if (remembered || attempt == ATTEMPTS) {
                within(CommandBudgets.AGREE, agreement);
                within(CommandBudgets.PAYOUT, payoutTally);
                return;
            }
        }
    }

    /**
     * The command's statements, after {@code prepare} and {@code warm} (a call that leaves the caller's lookup
     * remembered, `redress.auth.lookup-ttl`). When more than {@link #REMEMBERED_FOR_SURE} passed from the warm call's
     * start to the command's end, the lookup may have been forgotten in between (a slow machine) and the command's
     * count would include it: the three are run again, up to {@link #ATTEMPTS} times.
     */
    private Statements.Tally recorded(Call prepare, Call warm, Call command) throws Exception {
        for (int attempt = 1; ; attempt++) {
            prepare.run();
            long warmed = System.nanoTime();
            warm.run();
            Statements.Recording recording = Statements.onThisThread();
            command.run();
            Statements.Tally tally = recording.stop();
            if (System.nanoTime() - warmed < REMEMBERED_FOR_SURE.toNanos() || attempt == ATTEMPTS) {
                return tally;
            }
        }
    }

    @FunctionalInterface
    private interface Call {
        void run() throws Exception;
    }

    /**
     * A page of cases costs the same handful of statements whatever its size: 21 cases of a new buyer at a new shop
     * (two agreed, so the shop's queue reads its range without deadlines too, and one with a pending
     * proposal), each list read as a page of 20 and of 2, and the page after a cursor.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aPageOfCasesCostsTheSameStatementsWhateverItsSize() throws Exception {
        String buyerId = "buyer-" + UUID.randomUUID();
        String shopId = "shop-" + UUID.randomUUID();
        RequestPostProcessor asBuyer = Callers.buyer(buyerId);
        RequestPostProcessor asSeller = Callers.seller(shopId);
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            String orderId = OrderJson.push(mvc, buyerId, shopId, OffsetDateTime.now(clock).minusDays(1).toString());
            opened.add((String) json(mvc.perform(post("/api/v1/cases").with(asBuyer)
                    .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(Map.of("orderId", orderId,
                            "type", "REFUND_ONLY", "reason", "NOT_RECEIVED", "lines",
                            List.of(Map.of("lineId", "L1", "quantity", 1))))))
                    .andExpect(MockMvcResultMatchers.status().isCreated())).get("caseId"));
        }
        for (String caseId : opened.subList(0, 2)) {
            mvc.perform(post("/api/v1/cases/" + caseId + "/agree").with(asSeller)
                    .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(Map.of("version", 1))))
                    .andExpect(MockMvcResultMatchers.status().isOk());
        }
        mvc.perform(post("/api/v1/cases/" + opened.get(2) + "/propose").with(asSeller)
                .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(Map.of("version", 1, "amount", 100))))
                .andExpect(MockMvcResultMatchers.status().isOk());

        for (String size : List.of("20", "2")) {
            Map<String, Object> page = page("/api/v1/cases?size=" + size, asBuyer, CommandBudgets.CASE_PAGE);
            assertThat((List<Object>) page.get("items")).hasSize(Integer.parseInt(size));
            page("/api/v1/cases?size=" + size + "&cursor=" + page.get("next"), asBuyer, CommandBudgets.CASE_PAGE);
            assertThat((List<Object>) page("/api/v1/cases?size=" + size, asSeller, CommandBudgets.QUEUE_PAGE)
                    .get("items")).hasSize(Integer.parseInt(size));
            page("/api/v1/interventions?size=" + size, Callers.staff(Role.AGENT), CommandBudgets.AGENTS_QUEUE_PAGE);
        }
        // 21 cases: two agreed (paying out), one waiting for the buyer's answer to a proposal, 18 for the shop
        assertThat((List<Object>) page("/api/v1/inbox", asSeller, CommandBudgets.INBOX).get("items")).hasSize(18);
    }

    private Map<String, Object> page(String path, RequestPostProcessor as, CommandBudgets.Budget budget)
            throws Exception {
        mvc.perform(get(path).with(as)).andExpect(MockMvcResultMatchers.status().isOk()); // warm-up
        Statements.Recording recording = Statements.onThisThread();
        Map<String, Object> page = json(mvc.perform(get(path).with(as)).andExpect(MockMvcResultMatchers.status().isOk()));
        within(budget, recording.stop());
        return page;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return JsonMapper.shared().readValue(result.andReturn().getResponse().getContentAsString(), Map.class);
    }

    /**
     * Within the command's budget, and never two connections at once on one thread: the pool is sized to the
     * database's cores (twice as many connections), so threads that each hold a connection while they wait for a
     * second one could take the whole pool and wait for each other until the pool's timeout.
     */
    private void within(CommandBudgets.Budget command, Statements.Tally tally) {
        CommandBudgets.Budget budget = onThisDatabase(command);
        assertThat(tally.secondConnections()).as(budget.command() + " took a second connection while holding one: " + tally)
                .isEmpty();
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

    private void quote(String orderId) throws Exception {
        call(post("/api/v1/orders/" + orderId + "/refund-quotes"), buyer, Map.of("type", "REFUND_ONLY",
                "reason", "QUALITY", "lines", List.of(Map.of("lineId", "L1", "quantity", 1))),
                MockMvcResultMatchers.status().isOk());
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
            return (String) json(mvc.perform(get("/api/v1/cases/" + caseId).header("Authorization", "Bearer " + buyer)))
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
