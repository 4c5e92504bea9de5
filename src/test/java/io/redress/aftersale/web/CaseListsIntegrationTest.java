package io.redress.aftersale.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.aftersale.Cases;
import io.redress.aftersale.internal.CaseAttention;
import io.redress.identity.Role;
import io.redress.orders.Callers;
import io.redress.orders.OrderJson;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The case lists page by cursor: walking a list page by page with {@code next} gives every case once, in the same
 * order as paging by number, and a cursor the list did not give out is refused with 400.
 */
@RedressIntegrationTest
class CaseListsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    Cases cases;
    @Autowired
    CaseAttention attention;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aBuyersCasesAndAShopsQueueWalkedByCursorAreThoseByNumberInTheSameOrder() throws Exception {
        String buyerId = "buyer-" + UUID.randomUUID();
        String shopId = "shop-" + UUID.randomUUID();
        RequestPostProcessor buyer = Callers.buyer(buyerId);
        RequestPostProcessor seller = Callers.seller(shopId);
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            opened.add(open(buyer, OrderJson.push(mvc, buyerId, shopId, OffsetDateTime.now(clock).minusDays(1).toString())));
        }
        // two agreed cases leave the seller's deadline: the queue puts them after those with one
        for (String caseId : opened.subList(0, 2)) {
            mvc.perform(post("/api/v1/cases/" + caseId + "/agree").with(seller).contentType(MediaType.APPLICATION_JSON)
                    .content(OrderJson.write(Map.of("version", 1)))).andExpect(status().isOk());
        }

        List<String> mine = byCursor(buyer, 3);
        assertThat(mine).containsExactlyElementsOf(byNumber(buyer, 3)).containsExactlyInAnyOrderElementsOf(opened);
        List<String> newestFirst = new ArrayList<>(opened);
        Collections.reverse(newestFirst);
        assertThat(mine).containsExactlyElementsOf(newestFirst);

        List<String> queue = byCursor(seller, 2);
        assertThat(queue).containsExactlyElementsOf(byNumber(seller, 2)).containsExactlyInAnyOrderElementsOf(opened);
        assertThat(queue.subList(5, 7)).containsExactlyInAnyOrderElementsOf(opened.subList(0, 2));
    }

    /**
     * A page reads what its cases show besides their rows (deadline, open attention, pending proposal, decision,
     * advance) for the whole page at once: each listed case is the case as its own view shows it to the same caller,
     * on the first page and after a cursor, for the buyer and for the seller.
     */
    @Test
    @SuppressWarnings("unchecked")
    void eachListedCaseIsTheCaseAsItsOwnViewShowsIt() throws Exception {
        String buyerId = "buyer-" + UUID.randomUUID();
        String shopId = "shop-" + UUID.randomUUID();
        RequestPostProcessor buyer = Callers.buyer(buyerId);
        RequestPostProcessor seller = Callers.seller(shopId);
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            opened.add(open(buyer, OrderJson.push(mvc, buyerId, shopId, OffsetDateTime.now(clock).minusDays(1).toString())));
        }
        String decided = opened.get(0);
        mvc.perform(post("/api/v1/cases/" + decided + "/agree").with(seller).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(Map.of("version", 1)))).andExpect(status().isOk());
        Waiting.until(() -> caseStatus(buyer, decided), "REFUNDED"::equals);
        mvc.perform(post("/api/v1/cases/" + opened.get(1) + "/propose").with(seller)
                .contentType(MediaType.APPLICATION_JSON).content(OrderJson.write(Map.of("version", 1, "amount", 100))))
                .andExpect(status().isOk());
        attention.raise(cases.find(opened.get(2)).orElseThrow(), "leg-1", "the PSP parked the refund",
                clock.instant());
        jdbc.sql("INSERT INTO platform_advance (case_id, order_id, buyer_id, shop_id, kind, status, amount, currency,"
                        + " advanced_at, quota_held) VALUES (?, ?, ?, ?, 'UNSHIPPED_INSTANT_REFUND', 'ADVANCED', 100,"
                        + " 'CNY', ?, 100)")
                .params(opened.get(3), cases.find(opened.get(3)).orElseThrow().orderId(), buyerId, shopId,
                        OffsetDateTime.now(clock)).update();

        for (RequestPostProcessor as : List.of(buyer, seller)) {
            List<Map<String, Object>> listed = new ArrayList<>((List<Map<String, Object>>) CaseCalls.json(
                    mvc.perform(get("/api/v1/cases?size=20").with(as)).andExpect(status().isOk())).get("items"));
            Map<String, Object> first = CaseCalls.json(mvc.perform(get("/api/v1/cases?size=2").with(as)));
            listed.addAll((List<Map<String, Object>>) CaseCalls.json(mvc.perform(get("/api/v1/cases?size=3&cursor="
                    + first.get("next")).with(as)).andExpect(status().isOk())).get("items"));
            assertThat(listed).hasSize(8);
            for (Map<String, Object> item : listed) {
                assertThat(item).as("case %s as listed", item.get("caseId")).isEqualTo(CaseCalls.json(
                        mvc.perform(get("/api/v1/cases/" + item.get("caseId")).with(as)).andExpect(status().isOk())));
            }
            Map<String, Map<String, Object>> byId = new java.util.HashMap<>();
            listed.forEach(item -> byId.put((String) item.get("caseId"), item));
            assertThat(byId.get(decided).get("refundDecision")).isNotNull();
            assertThat(byId.get(decided).get("deadline")).isNull();
            assertThat(byId.get(opened.get(1)).get("proposal")).isNotNull();
            assertThat(byId.get(opened.get(2)).get("attention")).isEqualTo("the PSP parked the refund");
            assertThat(byId.get(opened.get(3)).get("advanceStatus")).isEqualTo("ADVANCED");
            assertThat(byId.get(opened.get(4)).get("deadline")).isNotNull();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAgentsQueueWalkedByCursorIsTheQueueByNumber() throws Exception {
        RequestPostProcessor agent = Callers.staff(Role.AGENT);
        List<String> byCursor = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> page = CaseCalls.json(mvc.perform(get("/api/v1/interventions?size=2"
                    + (cursor == null ? "" : "&cursor=" + cursor)).with(agent)).andExpect(status().isOk()));
            ((List<Map<String, Object>>) page.get("items")).forEach(item -> byCursor.add((String) item.get("caseId")));
            cursor = (String) page.get("next");
        } while (cursor != null);
        List<String> byNumber = new ArrayList<>();
        for (int n = 0; ; n++) {
            List<Map<String, Object>> items = (List<Map<String, Object>>) CaseCalls.json(mvc.perform(
                    get("/api/v1/interventions?size=2&page=" + n).with(agent)).andExpect(status().isOk())).get("items");
            if (items.isEmpty()) {
                break;
            }
            items.forEach(item -> byNumber.add((String) item.get("caseId")));
        }
        assertThat(byCursor).containsExactlyElementsOf(byNumber).doesNotHaveDuplicates();
    }

    @Test
    void aCursorTheListDidNotGiveOutIs400() throws Exception {
        String buyerId = "buyer-" + UUID.randomUUID();
        RequestPostProcessor buyer = Callers.buyer(buyerId);
        for (int i = 0; i < 2; i++) {
            open(buyer, OrderJson.push(mvc, buyerId, "shop-1", OffsetDateTime.now(clock).minusDays(1).toString()));
        }
        String next = (String) CaseCalls.json(mvc.perform(get("/api/v1/cases?size=1").with(buyer))
                .andExpect(status().isOk())).get("next");
        assertThat(next).isNotNull();
        mvc.perform(get("/api/v1/cases?size=1&cursor=" + next).with(buyer)).andExpect(status().isOk());

        String decoded = new String(Base64.getUrlDecoder().decode(next));
        String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(
                decoded.replace(decoded.substring(decoded.indexOf('-') - 4, decoded.indexOf('-')), "1999").getBytes());
        for (String bad : List.of("x", "%%%", "bm90IGEgY3Vyc29y", tampered)) {
            mvc.perform(get("/api/v1/cases").param("cursor", bad).with(buyer))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("cursor"));
        }
        // a buyer's cursor does not position the seller's queue, nor the agents' queue
        mvc.perform(get("/api/v1/cases").param("cursor", next).with(Callers.seller("shop-1")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("cursor"));
        mvc.perform(get("/api/v1/interventions").param("cursor", next).with(Callers.staff(Role.AGENT)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("cursor"));
        mvc.perform(get("/api/v1/cases?page=0").param("cursor", next).with(buyer))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("cursor"));
    }

    private Object caseStatus(RequestPostProcessor as, String caseId) {
        try {
            return CaseCalls.json(mvc.perform(get("/api/v1/cases/" + caseId).with(as))).get("status");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String open(RequestPostProcessor buyer, String orderId) throws Exception {
        return (String) CaseCalls.json(mvc.perform(post("/api/v1/cases").with(buyer).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(Map.of("orderId", orderId, "type", "REFUND_ONLY", "reason", "NOT_RECEIVED",
                        "lines", List.of(Map.of("lineId", "L1", "quantity", 1))))))
                .andExpect(status().isCreated())).get("caseId");
    }

    @SuppressWarnings("unchecked")
    private List<String> byCursor(RequestPostProcessor as, int size) throws Exception {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> page = CaseCalls.json(mvc.perform(get("/api/v1/cases?size=" + size
                    + (cursor == null ? "" : "&cursor=" + cursor)).with(as)).andExpect(status().isOk()));
            List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
            assertThat(items.size()).isLessThanOrEqualTo(size);
            items.forEach(item -> ids.add((String) item.get("caseId")));
            cursor = (String) page.get("next");
            assertThat(cursor == null || items.size() == size).as("only a full page has a next").isTrue();
        } while (cursor != null);
        return ids;
    }

    @SuppressWarnings("unchecked")
    private List<String> byNumber(RequestPostProcessor as, int size) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int n = 0; ; n++) {
            List<Map<String, Object>> items = (List<Map<String, Object>>) CaseCalls.json(mvc.perform(
                    get("/api/v1/cases?size=" + size + "&page=" + n).with(as)).andExpect(status().isOk())).get("items");
            if (items.isEmpty()) {
                return ids;
            }
            items.forEach(item -> ids.add((String) item.get("caseId")));
        }
    }
}
