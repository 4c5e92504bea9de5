package io.redress.console;

import static io.redress.orders.Callers.marketplace;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.orders.OrderJson;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@RedressIntegrationTest
class CasePagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    MockHttpSession buyer1;
    MockHttpSession seller1;
    String order;

    @BeforeEach
    void placeAnOrder() throws Exception {
        buyer1 = signIn("buyer1");
        seller1 = signIn("seller1");
        order = OrderJson.pushExample(mvc);
    }

    @Test
    void aBuyerAppliesFromTheQuoteAndSeesWhoMustActByWhen() throws Exception {
        String caseId = apply("REFUND_ONLY", "1");
        mvc.perform(get("/cases/" + caseId).session(buyer1))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("待商家处理"), containsString("等待谁处理"),
                        containsString("剩余"), containsString("¥89.00"), containsString("提交申请"),
                        containsString("buyer1"), containsString("/cases/" + caseId + "/cancel"),
                        containsString("name=\"version\" value=\"1\""), containsString("name=\"_csrf\""),
                        not(containsString("/cases/" + caseId + "/agree")))));
        mvc.perform(get("/cases").session(buyer1).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("My after-sales cases"), containsString(order))));
    }

    @Test
    void theSellerQueueListsTheCaseAndTheSellerAgrees() throws Exception {
        String caseId = apply("REFUND_ONLY", "1");
        mvc.perform(get("/cases").session(seller1))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("售后待办"), containsString(order), containsString("处理"))));
        mvc.perform(get("/cases/" + caseId).session(seller1).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("/cases/" + caseId + "/agree"), containsString("Seller"))));

        mvc.perform(post("/cases/" + caseId + "/agree").session(seller1).with(csrf()).param("version", "1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("done", "agree"));
        mvc.perform(get("/cases/" + caseId).session(buyer1).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Agree"), containsString("seller1"),
                        containsString("class=\"badge big\">Refund"), not(containsString("class=\"badge big\">Requested<")))));
    }

    @Test
    void aReturnRunsThroughAgreementShippingAndConfirmedReceipt() throws Exception {
        signed();
        String caseId = apply("RETURN_AND_REFUND", "2");
        mvc.perform(get("/cases/" + caseId).session(seller1))
                .andExpect(content().string(allOf(containsString("/cases/" + caseId + "/refuse"),
                        containsString("name=\"returnAddress\""), containsString("name=\"reasonCode\""))));
        act(seller1, caseId, "agree", "1", Map.of("returnAddress", "上海市浦东新区 1 号"), "done");
        act(buyer1, caseId, "ship-return", "2", Map.of("carrier", "SF", "trackingNo", "SF7300123"), "done");
        mvc.perform(get("/cases/" + caseId).session(seller1))
                .andExpect(content().string(allOf(containsString("退货运输中"), containsString("SF7300123"),
                        containsString("/cases/" + caseId + "/confirm-receipt"))));
        mvc.perform(get("/cases").session(seller1))
                .andExpect(content().string(containsString("/cases/" + caseId + "/confirm-receipt")));
        mvc.perform(post("/cases/" + caseId + "/confirm-receipt").session(seller1).with(csrf())
                        .param("version", "3").param("back", "queue"))
                .andExpect(redirectedUrl("/cases"))
                .andExpect(flash().attribute("done", "confirm-receipt"));
        mvc.perform(get("/cases/" + caseId).session(buyer1))
                .andExpect(content().string(not(containsString("/cases/" + caseId + "/confirm-receipt"))));
    }

    @Test
    void aStaleVersionOrAMissingFieldIsToldOnThePageAndChangesNothing() throws Exception {
        signed();
        String caseId = apply("RETURN_AND_REFUND", "1");
        act(seller1, caseId, "agree", "1", Map.of(), "refused");
        act(seller1, caseId, "propose", "1", Map.of("returnAddress", "x", "amount", "1.005"), "refused");
        act(seller1, caseId, "agree", "7", Map.of("returnAddress", "x"), "refused");
        act(seller1, caseId, "agree", "not-a-number", Map.of("returnAddress", "x"), "refused");
        act(seller1, caseId, "refuse", "1", Map.of("reasonCode", "USED", "message", "x".repeat(2001)), "refused");
        mvc.perform(get("/cases/" + caseId).session(seller1))
                .andExpect(content().string(containsString("待商家处理")));
    }

    @Test
    void anotherBuyerOrAnotherShopCannotSeeTheCase() throws Exception {
        String caseId = apply("REFUND_ONLY", "1");
        mvc.perform(get("/cases/" + caseId).session(signIn("buyer2"))).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + caseId).session(signIn("seller2"))).andExpect(status().isNotFound());
        mvc.perform(post("/cases/" + caseId + "/agree").session(signIn("seller2")).with(csrf()).param("version", "1"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherShopGets404EvenForAFieldTheActionDoesNotTake() throws Exception {
        String caseId = apply("REFUND_ONLY", "1");
        mvc.perform(post("/cases/" + caseId + "/agree").session(signIn("seller2")).with(csrf()).param("version", "1")
                        .param("carrier", "SF"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anIneligibleApplicationIsRefusedOnThePage() throws Exception {
        mvc.perform(post("/orders/" + order + "/refund").session(buyer1).with(csrf())
                        .param("type", "RETURN_AND_REFUND").param("reason", "QUALITY").param("qty.L1", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("申请未被受理"), containsString("商品尚未发货"))));
        mvc.perform(get("/cases").session(buyer1)).andExpect(content().string(not(containsString(order))));
    }

    private String apply(String type, String units) throws Exception {
        String location = mvc.perform(post("/orders/" + order + "/refund").session(buyer1).with(csrf())
                        .param("type", type).param("reason", "QUALITY").param("qty.L1", units)
                        .param("description", "领口开线"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        return location.substring("/cases/".length());
    }

    private void act(MockHttpSession session, String caseId, String action, String version, Map<String, String> fields,
            String outcome) throws Exception {
        var request = post("/cases/" + caseId + "/" + action).session(session).with(csrf()).param("version", version);
        fields.forEach(request::param);
        mvc.perform(request).andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists(outcome));
    }

    private void signed() throws Exception {
        mvc.perform(post("/api/v1/orders/" + order + "/fulfilment").with(marketplace()).contentType(MediaType.APPLICATION_JSON)
                        .content(OrderJson.write(Map.of("event", "SHIPPED", "at", "2026-11-21T09:00:00+08:00"))))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/orders/" + order + "/fulfilment").with(marketplace()).contentType(MediaType.APPLICATION_JSON)
                        .content(OrderJson.write(Map.of("event", "SIGNED", "at", "2026-11-22T15:20:00+08:00"))))
                .andExpect(status().isOk());
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "demo"))
                .andExpect(authenticated())
                .andReturn().getRequest().getSession();
    }
}
