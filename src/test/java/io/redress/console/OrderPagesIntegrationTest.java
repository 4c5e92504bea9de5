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
import io.redress.orders.OrderJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@RedressIntegrationTest
class OrderPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    MockHttpSession buyer1;
    String order;

    @BeforeEach
    void signInAndPlaceAnOrder() throws Exception {
        buyer1 = signIn("buyer1");
        // the T-shirt example order for buyer-1, not shipped: 2 × ¥99.00, shop coupon ¥10.00 from ¥150.00, shipping ¥8.00
        order = OrderJson.pushExample(mvc);
    }

    @Test
    void aBuyerSeesOwnOrdersWithPaidAmountsAndDeliveryButNoOneElses() throws Exception {
        mvc.perform(get("/orders").session(signIn("buyer2")).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("My orders"), containsString("DEMO-1003"),
                        containsString("¥278.00"), containsString("Not shipped"), containsString("DEMO-1004"),
                        containsString("In transit"), not(containsString("DEMO-1001")), not(containsString("DEMO-1005")))));
    }

    @Test
    void aSellerSeesTheOrdersOfTheShopOnly() throws Exception {
        mvc.perform(get("/orders").session(signIn("seller2")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("本店订单"), containsString("DEMO-1004"),
                        containsString("DEMO-1005"), containsString("已签收"), not(containsString("DEMO-1003")),
                        not(containsString("/refund")))));
    }

    @Test
    void anotherBuyersOrderIsNotFound() throws Exception {
        mvc.perform(get("/orders/" + order + "/refund").session(signIn("buyer2"))).andExpect(status().isNotFound());
        mvc.perform(get("/orders/NO-SUCH-ORDER/refund").session(buyer1)).andExpect(status().isNotFound());
    }

    @Test
    void onlyBuyersAskForRefunds() throws Exception {
        mvc.perform(get("/orders/" + order + "/refund").session(signIn("seller1"))).andExpect(status().isForbidden());
        mvc.perform(get("/orders").session(signIn("agent1"))).andExpect(status().isForbidden());
    }

    @Test
    void theRefundPageAsksForItemsBeforeQuoting() throws Exception {
        mvc.perform(get("/orders/" + order + "/refund").session(buyer1))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html"), containsString("hx-get"),
                        containsString("name=\"qty.L1\""), containsString("仅退款"), containsString("选择要售后的商品"))));
    }

    @Test
    void htmxGetsTheQuoteWithEveryStepInEnglish() throws Exception {
        mvc.perform(quote("REFUND_ONLY", "QUALITY", "1").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("<html")), containsString("id=\"quote\""),
                        containsString("You may ask for this."), containsString("¥89.00"),
                        containsString("paid for 1 of 2 after discounts"), containsString("+¥94.00"),
                        containsString("-¥5.00"), containsString("the ¥10-off-¥150 discount"),
                        containsString("shipping is refunded only with the last item of the order"),
                        containsString("Alipay balance"), containsString("Seller"))));
    }

    @Test
    void theQuoteSpeaksChineseByDefault() throws Exception {
        mvc.perform(quote("REFUND_ONLY", "QUALITY", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("最多可退"), containsString("¥196.00"),
                        containsString("2件中2件的实付金额"), containsString("支付宝余额"), containsString("商家"))));
    }

    @Test
    void anIneligibleRequestSaysWhyForEachLine() throws Exception {
        mvc.perform(quote("RETURN_AND_REFUND", "QUALITY", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("此申请目前无法提交"),
                        containsString("商品尚未发货，只能申请仅退款。"))));
    }

    @Test
    void unreadableOrExcessiveUnitsAreExplainedNotFailed() throws Exception {
        mvc.perform(quote("REFUND_ONLY", "QUALITY", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("件数必须是不小于 0 的整数"), not(containsString("最多可退")))));
        mvc.perform(quote("REFUND_ONLY", "QUALITY", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("无法报价"), containsString("所选数量超过该商品可退的数量"))));
        mvc.perform(quote("NONSENSE", "NONSENSE", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("¥89.00")));
    }

    private MockHttpServletRequestBuilder quote(String type, String reason, String units) {
        return get("/orders/" + order + "/refund").session(buyer1).header("HX-Request", "true")
                .param("type", type).param("reason", reason).param("qty.L1", units);
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "demo"))
                .andExpect(authenticated())
                .andReturn().getRequest().getSession();
    }
}
