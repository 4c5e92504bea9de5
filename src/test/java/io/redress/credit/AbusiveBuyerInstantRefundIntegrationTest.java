package io.redress.credit;

import static io.redress.credit.CreditCalls.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.advance.InstantRefundsOn;
import io.redress.orders.Callers;
import io.redress.orders.OrderJson;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Trust and instant refunds together, with instant refunds on in the policy: a buyer's third empty-parcel claim ruled
 * their fault issues a warning with its reasons and suspends INSTANT_REFUND, and that buyer's next unshipped
 * refund-only request waits for the seller, while a trusted buyer's is paid by the platform at once.
 */
@RedressIntegrationTest
@ExtendWith(InstantRefundsOn.class)
class AbusiveBuyerInstantRefundIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    Penalties penalties;

    @Test
    void anAbusiveBuyersNextUnshippedRefundWaitsForTheSellerWhileATrustedBuyersIsPaidAtOnce() throws Exception {
        CreditCalls calls = new CreditCalls(mvc, clock);
        String abusive = "buyer-abuse-" + UUID.randomUUID();
        String trusted = "buyer-trust-" + UUID.randomUUID();
        for (int n = 1; n <= 3; n++) {
            calls.buyerFaultRuling(abusive, "shop-1", "NOT_RECEIVED", "agent-ab" + n);
        }
        List<Penalty> issued = Waiting.until(() -> penalties.of(Party.buyer(abusive)), p -> p.size() == 2);
        Penalty warning = issued.stream().filter(p -> p.kind() == PenaltyKind.WARNING).findFirst().orElseThrow();
        assertThat(warning.reasons()).contains("3 × empty-parcel claims ruled the buyer's fault")
                .contains("近90天内3次空包裹申诉被判定为买家责任");
        assertThat(warning.caseIds()).hasSize(3);
        assertThat(issued).anySatisfy(p -> assertThat(p).extracting(Penalty::kind, Penalty::privilege)
                .containsExactly(PenaltyKind.PRIVILEGE_SUSPENDED, Privilege.INSTANT_REFUND));

        Map<String, Object> waits = apply(abusive);
        assertThat(waits).containsEntry("status", "REQUESTED").containsEntry("advanceStatus", "NONE");
        assertThat(waits.get("refundDecision")).isNull();

        Map<String, Object> paid = apply(trusted);
        assertThat(paid).containsEntry("status", "REFUNDING").containsEntry("advanceStatus", "ADVANCED")
                .containsEntry("advanceKind", "UNSHIPPED_INSTANT_REFUND");
    }

    /** The buyer's refund-only request on a fresh order not yet shipped; answers the application's own answer. */
    private Map<String, Object> apply(String buyerId) throws Exception {
        String orderId = OrderJson.push(mvc, buyerId, "shop-1", OffsetDateTime.now(clock).minusHours(1).toString());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", orderId);
        body.put("type", "REFUND_ONLY");
        body.put("reason", "NOT_RECEIVED");
        body.put("lines", List.of(Map.of("lineId", "L1", "quantity", 1)));
        return json(mvc.perform(post("/api/v1/cases").with(Callers.buyer(buyerId))
                .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(body))).andExpect(status().isCreated()));
    }
}
