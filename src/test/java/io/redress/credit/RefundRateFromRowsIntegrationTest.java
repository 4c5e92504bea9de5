package io.redress.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.orders.Callers;
import io.redress.orders.OrderJson;
import io.redress.policy.CreditRules;
import io.redress.policy.Policies;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A party's orders and a buyer's refunds are counted from the orders and cases themselves: the standing they give
 * (the refund rate, its reason, the counts) is the one the same orders and refunds gave when each was recorded as an
 * input at the time it happened, window included (an order placed before the window does not count; a refund made
 * now on it does).
 */
@RedressIntegrationTest
class RefundRateFromRowsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Autowired
    CreditInputs inputs;

    @Autowired
    Policies policies;

    @Test
    void theRefundRateFromTheOrdersAndCasesIsTheOneTheirInputsGave() throws Exception {
        String buyerId = "buyer-rr-" + UUID.randomUUID();
        String shopId = "shop-rr-" + UUID.randomUUID();
        Party buyer = Party.buyer(buyerId);
        Party shop = Party.shop(shopId);
        Instant now = clock.instant();
        String old = OrderJson.push(mvc, buyerId, shopId, OffsetDateTime.now(clock).minusDays(120).toString());
        List<String> recent = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            recent.add(OrderJson.push(mvc, buyerId, shopId, OffsetDateTime.now(clock).minusDays(3 + i).toString()));
        }
        List<String> refunded = List.of(old, recent.get(0), recent.get(1), recent.get(2), recent.get(3));
        for (String orderId : refunded) {
            refund(orderId, buyerId, shopId);
        }

        // what the inputs recorded one by one would have been: an ORDER for each party at placedAt, a REFUND for
        // the buyer when its case became REFUNDED (within the last minutes)
        CreditRules rules = policies.inForce(policies.defaultProfile(), clock.instant()).rules().credit();
        List<CreditInput> recorded = new ArrayList<>();
        for (String orderId : concat(List.of(old), recent)) {
            Instant placed = OffsetDateTime.parse(order(orderId).get("placedAt").toString()).toInstant();
            for (Party party : List.of(buyer, shop)) {
                recorded.add(new CreditInput(new CreditInput.Source("ORDER", orderId, null, null), CreditKind.ORDER,
                        party, placed, placed.plus(rules.retention()), null));
            }
        }
        for (String orderId : refunded) {
            recorded.add(new CreditInput(new CreditInput.Source("CASE", orderId, null, null), CreditKind.REFUND, buyer,
                    now, now.plus(rules.retention()), null));
        }

        Standing fromRows = inputs.standing(buyer);
        Standing fromInputs = Standings.assess(buyer, recorded, rules, clock.instant());
        assertThat(fromRows).isEqualTo(fromInputs);
        assertThat(fromRows.counted()).containsEntry(CreditKind.ORDER, 6).containsEntry(CreditKind.REFUND, 5);
        assertThat(fromRows.reasons()).extracting(Standing.Reason::code).contains("refundRate");
        assertThat(fromRows.reasons()).filteredOn(r -> r.code().equals("refundRate")).singleElement()
                .satisfies(r -> assertThat(r.en()).contains("83% (5 of 6) in the last 90 days"));
        assertThat(inputs.standing(shop)).isEqualTo(Standings.assess(shop, recorded, rules, clock.instant()));
        assertThat(inputs.inputs(buyer)).noneMatch(r -> r.input().kind() == CreditKind.ORDER
                || r.input().kind() == CreditKind.REFUND);
    }

    @Test
    void ordersAndRefundsAreNeverRecordedAsInputs() {
        Party buyer = Party.buyer("buyer-rr-" + UUID.randomUUID());
        assertThatThrownBy(() -> inputs.record(CreditInput.of(new CreditInput.Source("ORDER", "O-1", null, null),
                CreditKind.ORDER, buyer, clock.instant().minus(Duration.ofDays(1)), null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(inputs.inputs(buyer)).isEmpty();
    }

    private void refund(String orderId, String buyerId, String shopId) throws Exception {
        CreditCalls calls = new CreditCalls(mvc, clock);
        calls.fulfil(orderId, "SHIPPED", 2);
        calls.fulfil(orderId, "SIGNED", 1);
        RequestPostProcessor asBuyer = Callers.buyer(buyerId);
        String caseId = CreditCalls.json(mvc.perform(post("/api/v1/cases").with(asBuyer)
                        .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(Map.of("orderId", orderId,
                                "type", "REFUND_ONLY", "reason", "QUALITY",
                                "lines", List.of(Map.of("lineId", "L1", "quantity", 1))))))
                .andExpect(status().isCreated())).get("caseId").toString();
        mvc.perform(post("/api/v1/cases/" + caseId + "/agree").with(Callers.seller(shopId))
                .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(Map.of("version", 1))))
                .andExpect(status().isOk());
        Waiting.until(() -> caseStatus(caseId, asBuyer), "REFUNDED"::equals);
    }

    private String caseStatus(String caseId, RequestPostProcessor as) {
        try {
            return CreditCalls.json(mvc.perform(get("/api/v1/cases/" + caseId).with(as))).get("status").toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Map<String, Object> order(String orderId) throws Exception {
        return CreditCalls.json(mvc.perform(get("/api/v1/orders/" + orderId).with(Callers.marketplace()))
                .andExpect(status().isOk()));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
