package io.redress.aftersale.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.aftersale.ActionAwaited;
import io.redress.aftersale.Awaiting;
import io.redress.identity.Role;
import io.redress.orders.Callers;
import io.redress.orders.OrderJson;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What awaits each party, by when, and the event that tells the marketplace. */
@RedressIntegrationTest
@RecordApplicationEvents
class InboxIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEvents events;

    RequestPostProcessor buyer;
    RequestPostProcessor seller;
    String buyerId;

    @BeforeEach
    void ownParties() {
        // a buyer and shop of their own, so that the inbox holds only this test's cases
        buyerId = "buyer-inbox-" + UUID.randomUUID();
        String shopId = "shop-inbox-" + UUID.randomUUID();
        buyer = Callers.buyer(buyerId);
        seller = Callers.seller(shopId);
        this.shopId = shopId;
    }

    String shopId;

    @Test
    void aNewRequestAwaitsTheSellerAndAProposalAwaitsTheBuyer() throws Exception {
        String caseId = open(5000);

        List<Map<String, Object>> sellers = inbox(seller);
        assertThat(sellers).singleElement().satisfies(item -> {
            assertThat(item.get("caseId")).isEqualTo(caseId);
            assertThat(item.get("awaiting")).isEqualTo("answer-request");
            assertThat(item.get("dueAt")).isNotNull();
            assertThat(item.get("onExpiry")).isEqualTo("AUTO_AGREE");
        });
        assertThat(inbox(buyer)).isEmpty();
        assertThat(awaited(caseId)).extracting(ActionAwaited::party, ActionAwaited::what)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Awaiting.Party.SELLER, "answer-request"));

        act(seller, caseId, "propose", Map.of("version", 1, "amount", 4000));

        assertThat(inbox(seller)).isEmpty();
        assertThat(inbox(buyer)).singleElement().satisfies(item -> {
            assertThat(item.get("awaiting")).isEqualTo("answer-proposal");
            assertThat(item.get("dueAt")).isEqualTo(sellers.get(0).get("dueAt"));
        });
        assertThat(awaited(caseId)).last().extracting(ActionAwaited::party, ActionAwaited::what)
                .isEqualTo(List.of(Awaiting.Party.BUYER, "answer-proposal"));

        act(buyer, caseId, "reject-proposal", Map.of("version", 2));

        assertThat(inbox(buyer)).singleElement().satisfies(item ->
                assertThat(item.get("awaiting")).isEqualTo("revise-or-escalate"));
    }

    @Test
    void theSoonestDueComesFirst() throws Exception {
        // revising after a rejected proposal may take five days; a proposal lapses with the seller's 24 hours
        String later = open(5000);
        act(seller, later, "propose", Map.of("version", 1, "amount", 4000));
        act(buyer, later, "reject-proposal", Map.of("version", 2));
        String sooner = open(4000);
        act(seller, sooner, "propose", Map.of("version", 1, "amount", 3000));

        List<Map<String, Object>> items = inbox(buyer);

        assertThat(items).extracting(i -> i.get("caseId")).containsExactly(sooner, later);
        assertThat(OffsetDateTime.parse((String) items.get(0).get("dueAt")))
                .isBeforeOrEqualTo(OffsetDateTime.parse((String) items.get(1).get("dueAt")));
    }

    @Test
    void onlyThePartiesAndAgentsHaveAnInbox() throws Exception {
        mvc.perform(get("/api/v1/inbox").with(Callers.staff(Role.AUDITOR))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/inbox").with(Callers.staff(Role.AGENT))).andExpect(status().isOk());
    }

    private String open(long amount) throws Exception {
        String orderId = OrderJson.push(mvc, buyerId, shopId, OffsetDateTime.now().minusDays(1).toString());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orderId", orderId);
        body.put("type", "REFUND_ONLY");
        body.put("reason", "NOT_RECEIVED");
        body.put("lines", List.of(Map.of("lineId", "L1", "quantity", 1)));
        body.put("requestedAmount", amount);
        return CaseCalls.json(mvc.perform(post("/api/v1/cases").with(buyer).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(body))).andExpect(status().isCreated())).get("caseId").toString();
    }

    private void act(RequestPostProcessor as, String caseId, String action, Map<String, Object> body)
            throws Exception {
        mvc.perform(post("/api/v1/cases/" + caseId + "/" + action).with(as).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(body))).andExpect(status().isOk());
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> inbox(RequestPostProcessor as) throws Exception {
        return (List<Map<String, Object>>) CaseCalls.json(mvc.perform(get("/api/v1/inbox").with(as))
                .andExpect(status().isOk())).get("items");
    }

    private List<ActionAwaited> awaited(String caseId) {
        return events.stream(ActionAwaited.class).filter(e -> e.caseId().equals(caseId)).toList();
    }
}
