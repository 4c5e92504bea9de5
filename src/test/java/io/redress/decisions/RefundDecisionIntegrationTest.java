package io.redress.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.aftersale.Actor;
import io.redress.aftersale.CaseAction;
import io.redress.aftersale.CaseLifecycle;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.Cases;
import io.redress.aftersale.web.PayoutCalls;
import io.redress.ledger.Account;
import io.redress.ledger.Ledger;
import io.redress.ledger.LedgerLine;
import io.redress.orders.Callers;
import io.redress.orders.Order;
import io.redress.orders.OrderJson;
import io.redress.orders.OrderLocks;
import io.redress.orders.Orders;
import io.redress.orders.RefundSplit;
import io.redress.payments.RefundAttempt;
import io.redress.payments.RefundLeg;
import io.redress.payments.Refunds;
import io.redress.shared.ConflictingState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The refund decision a case's REFUNDING transition writes, and what payments, the ledger and the case show of it. */
@RedressIntegrationTest
class RefundDecisionIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired RefundDecisions decisions;
    @Autowired Refunds refunds;
    @Autowired Ledger ledger;
    @Autowired Orders orders;
    @Autowired OrderLocks orderLocks;
    @Autowired Cases cases;
    @Autowired CaseLifecycle lifecycle;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    @Test
    void acceptingAProposalOfLessDecidesOnceAndPaymentsPaysTheLedgerPostsAndTheCaseShowsExactlyThatDecision() throws Exception {
        String buyerId = "buyer-" + UUID.randomUUID();
        RequestPostProcessor buyer = Callers.buyer(buyerId);
        String orderId = platformFundedOrder(buyerId);
        PayoutCalls calls = new PayoutCalls(mvc);
        Map<String, Object> opened = calls.apply(buyer, orderId, 2, null);
        String caseId = (String) opened.get("caseId");
        long agreed = ((Number) opened.get("requestedAmount")).longValue() - 1234;

        // the seller offers less, the buyer accepts: the acceptance is the agreement that decides the refund
        String proposed = mvc.perform(post("/api/v1/cases/" + caseId + "/propose").with(Callers.seller("shop-1"))
                        .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(Map.of("version", 1, "amount", agreed))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long version = ((Number) json.readValue(proposed, Map.class).get("version")).longValue();
        mvc.perform(post("/api/v1/cases/" + caseId + "/accept-proposal").with(buyer)
                        .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(Map.of("version", version))))
                .andExpect(status().isOk());

        RefundDecision decision = decisions.byRef(caseId).orElseThrow();
        assertThat(decision.amount()).isEqualTo(agreed);
        assertThat(decision.actor()).isEqualTo("BUYER");
        assertThat(decision.action()).isEqualTo("ACCEPT_PROPOSAL");
        assertThat(decision.reason()).contains(String.valueOf(agreed));
        assertThat(decision.policyProfile()).isNotNull();
        assertThat(decision.policyVersion()).isNotNull();
        assertThat(decision.quote()).contains("\"maxRefundable\"");
        assertThat(decision.funders().platformSubsidy()).isNegative();
        assertThat(decision.funders().platformPoints()).isNegative();

        List<RefundAttempt> legs = refunds.attempts(caseId);
        assertThat(legs).extracting(RefundAttempt::paymentId, RefundAttempt::pspReference, RefundAttempt::amount)
                .containsExactlyElementsOf(decision.paying().stream()
                        .map(i -> org.assertj.core.groups.Tuple.tuple(i.paymentId(), i.pspReference(), i.amount())).toList());

        List<LedgerLine> subsidy = Waiting.until(() -> posted(Account.PLATFORM_SUBSIDY, caseId), l -> !l.isEmpty());
        assertThat(subsidy).singleElement().extracting(LedgerLine::amount).isEqualTo(decision.funders().platformSubsidy());
        assertThat(posted(Account.POINTS_LIABILITY, caseId)).singleElement().extracting(LedgerLine::amount)
                .isEqualTo(decision.funders().platformPoints());
        assertThat(posted(Account.buyerFunds(buyerId), caseId)).singleElement().extracting(LedgerLine::amount)
                .isEqualTo(-agreed);

        Map<String, Object> view = calls.read(buyer, caseId);
        @SuppressWarnings("unchecked")
        Map<String, Object> shown = (Map<String, Object>) view.get("refundDecision");
        assertThat(shown).containsEntry("decisionId", decision.decisionId()).containsEntry("refundRef", caseId)
                .containsEntry("actor", "BUYER").containsEntry("action", "ACCEPT_PROPOSAL");
        assertThat(((Number) shown.get("amount")).longValue()).isEqualTo(agreed);
        assertThat((List<?>) shown.get("instruments")).hasSize(decision.instruments().size());
        assertThat(shown.get("quote")).isInstanceOf(Map.class);
        assertThat(calls.list(buyer, "/api/v1/cases/" + caseId + "/timeline"))
                .filteredOn(e -> "REFUNDING".equals(e.get("to"))).singleElement().satisfies(e -> {
                    assertThat(e.get("action")).isEqualTo("accept-proposal");
                    @SuppressWarnings("unchecked")
                    Map<String, Object> details = (Map<String, Object>) e.get("details");
                    assertThat(details).containsEntry("decisionId", decision.decisionId())
                            .containsEntry("decisionReason", decision.reason());
                    assertThat(((Number) details.get("decidedAmount")).longValue()).isEqualTo(agreed);
                });
    }

    @Test
    void aTransitionRolledBackLeavesNeitherTheDecisionNorItsPayoutRequest() throws Exception {
        String buyerId = "buyer-" + UUID.randomUUID();
        String orderId = new PayoutCalls(mvc).twoInstrumentOrder(buyerId);
        String caseId = (String) new PayoutCalls(mvc).apply(Callers.buyer(buyerId), orderId, 1, 3000L).get("caseId");

        transactions.executeWithoutResult(tx -> {
            orderLocks.lock(orderId);
            lifecycle.act(caseId, Actor.SELLER, CaseAction.AGREE, 1);
            assertThat(decisions.byRef(caseId)).as("written in the transition's transaction").isPresent();
            assertThat(refunds.attempts(caseId)).as("requested in the same transaction").hasSize(2);
            tx.setRollbackOnly();
        });

        assertThat(decisions.byRef(caseId)).isEmpty();
        assertThat(refunds.attempts(caseId)).isEmpty();
        assertThat(cases.find(caseId).orElseThrow().status()).isEqualTo(CaseStatus.REQUESTED);
    }

    @Test
    void aPayoutRequestThatFindsItsReferenceTakenUndoesTheDecisionAndTheTransition() throws Exception {
        String buyerId = "buyer-" + UUID.randomUUID();
        String orderId = new PayoutCalls(mvc).twoInstrumentOrder(buyerId);
        String caseId = (String) new PayoutCalls(mvc).apply(Callers.buyer(buyerId), orderId, 1, 3000L).get("caseId");
        Order order = orders.find(orderId).orElseThrow();
        // the case's refund reference already taken with other legs (nothing in Redress requests under a case's own
        // reference but its decision): the decision's request breaks the request's key, and everything is undone
        transactions.executeWithoutResult(tx -> refunds.request(caseId, orderId, order.currency(),
                List.of(new RefundLeg("P1", order.payments().get(0).pspReference(), 1))));

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            orderLocks.lock(orderId);
            lifecycle.act(caseId, Actor.SELLER, CaseAction.AGREE, 1);
        })).isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("refund_request");

        assertThat(decisions.byRef(caseId)).isEmpty();
        assertThat(refunds.attempts(caseId)).extracting(RefundAttempt::amount).containsExactly(1L);
        assertThat(cases.find(caseId).orElseThrow().status()).isEqualTo(CaseStatus.REQUESTED);
    }

    @Test
    void aDecisionIsNeverChangedDecidingAgainReturnsItOrIsRefused() throws Exception {
        String buyerId = "buyer-" + UUID.randomUUID();
        String orderId = new PayoutCalls(mvc).twoInstrumentOrder(buyerId);
        String caseId = (String) new PayoutCalls(mvc).apply(Callers.buyer(buyerId), orderId, 1, 3000L).get("caseId");
        new PayoutCalls(mvc).agree(caseId);
        RefundDecision made = decisions.byRef(caseId).orElseThrow();
        Order order = orders.find(orderId).orElseThrow();
        RefundSplit same = new RefundSplit(
                made.lines().stream().map(l -> new RefundSplit.Line(l.lineId(), l.quantity(), l.amount(),
                        l.platformSubsidy(), l.platformPoints())).toList(),
                made.instruments().stream().map(i -> new RefundSplit.Payment(i.paymentId(), i.amount())).toList(),
                made.shippingAmount());

        RefundDecision again = transactions.execute(tx -> decisions.decide(
                new Decide(caseId, caseId, order, same, null, null, null, "SYSTEM", "AGAIN", "repeat")));
        assertThat(again).isEqualTo(made);
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> decisions.decide(
                new Decide(caseId, caseId, order, same.scaledTo(made.amount() - 1), null, null, null, "SYSTEM",
                        "AGAIN", "less"))))
                .isInstanceOf(ConflictingState.class).hasMessageContaining("never changed");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM refund_decision WHERE case_id = ?").param(caseId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(decisions.byRef(caseId)).contains(made);
    }

    @Test
    void whyTheTransitionWasMadeReachesTheDecisionWhoeverMadeIt() throws Exception {
        String buyerId = "buyer-" + UUID.randomUUID();
        String orderId = new PayoutCalls(mvc).twoInstrumentOrder(buyerId);
        String caseId = (String) new PayoutCalls(mvc).apply(Callers.buyer(buyerId), orderId, 1, 5000L).get("caseId");

        transactions.executeWithoutResult(tx -> {
            orderLocks.lock(orderId);
            lifecycle.act(caseId, Actor.SELLER, CaseAction.AGREE, 1, c -> c.withAgreedAmount(3000),
                    "the parcel arrived opened; both sides settled on 3000");
        });

        RefundDecision decision = decisions.byRef(caseId).orElseThrow();
        assertThat(decision.reason()).isEqualTo("the parcel arrived opened; both sides settled on 3000");
        assertThat(decision.amount()).isEqualTo(3000);
        assertThat(orders.find(orderId).orElseThrow().payments().stream().mapToLong(p -> p.reservedAmount()
                + p.refundedAmount()).sum()).as("the reservation was kept down to the decided amount").isEqualTo(3000);
    }

    @Test
    void theDecidedEventSurvivesTheEventRegistrysJsonSoARedeliveryPostsTheSameDecision() throws Exception {
        String buyerId = "buyer-" + UUID.randomUUID();
        String orderId = platformFundedOrder(buyerId);
        String caseId = (String) new PayoutCalls(mvc).apply(Callers.buyer(buyerId), orderId, 2, null).get("caseId");
        new PayoutCalls(mvc).agree(caseId);
        RefundDecided decided = new RefundDecided(decisions.byRef(caseId).orElseThrow());

        assertThat(json.readValue(json.writeValueAsString(decided), RefundDecided.class)).isEqualTo(decided);
    }

    private List<LedgerLine> posted(Account account, String caseId) {
        return ledger.lines(account).stream().filter(l -> l.reference().equals("refund:" + caseId)).toList();
    }

    /** The T-shirt example order with a platform coupon and platform points on top of the shop coupon. */
    private String platformFundedOrder(String buyerId) throws Exception {
        String id = OrderJson.freshId();
        Map<String, Object> order = OrderJson.example(id);
        order.put("buyerId", buyerId);
        List<Map<String, Object>> discounts = new ArrayList<>(List.of(OrderJson.discount(order, 0)));
        discounts.add(discount("D2", "PLATFORM_COUPON", 500));
        discounts.add(discount("D3", "POINTS", 300));
        order.put("discounts", discounts);
        Map<String, Object> balance = new LinkedHashMap<>(OrderJson.payment(order, 0));
        balance.put("amount", 12000);
        Map<String, Object> huabei = new LinkedHashMap<>(balance);
        huabei.put("paymentId", "P2");
        huabei.put("method", "ALIPAY_HUABEI");
        huabei.put("amount", 6800);
        huabei.put("pspReference", "2026112022002");
        order.put("payments", new ArrayList<>(List.of(balance, huabei)));
        mvc.perform(post("/api/v1/orders").with(Callers.marketplace()).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(order))).andExpect(status().isCreated());
        return id;
    }

    private static Map<String, Object> discount(String id, String kind, long amount) {
        Map<String, Object> discount = new LinkedHashMap<>();
        discount.put("discountId", id);
        discount.put("kind", kind);
        discount.put("amount", amount);
        discount.put("fundedBy", "PLATFORM");
        discount.put("appliesTo", new ArrayList<>(List.of("L1")));
        return discount;
    }
}
