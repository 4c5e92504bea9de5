package io.redress.console;

import static io.redress.orders.Callers.marketplace;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.deadlines.Deadline;
import io.redress.deadlines.DeadlineExpired;
import io.redress.deadlines.Deadlines;
import io.redress.orders.OrderJson;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The console's negotiation: proposals, messages, evidence, the inbox, and what a new user met on the pages. */
@RedressIntegrationTest
class NegotiationPagesIntegrationTest {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

    @Autowired
    MockMvc mvc;
    @Autowired
    Deadlines deadlines;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

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
    void theSellerProposesLessAndTheBuyerAcceptsOnThePage() throws Exception {
        String caseId = apply("REFUND_ONLY", "1");
        mvc.perform(get("/cases/" + caseId).session(seller1))
                .andExpect(content().string(allOf(containsString("/cases/" + caseId + "/propose"),
                        containsString("按申请金额 ¥89.00 退款"), not(containsString("低于申请金额")))));

        act(seller1, caseId, "propose", Map.of("version", "1", "amount", "45.5", "message", "只是延误"), "done");

        mvc.perform(get("/cases/" + caseId).session(buyer1))
                .andExpect(content().string(allOf(containsString("商家的协商方案"), containsString("¥45.50"),
                        containsString("/cases/" + caseId + "/accept-proposal"),
                        containsString("/cases/" + caseId + "/reject-proposal"))));
        act(buyer1, caseId, "accept-proposal", Map.of("version", "2"), "done");
        mvc.perform(get("/cases/" + caseId).session(buyer1))
                .andExpect(content().string(allOf(containsString("同意金额"), containsString("¥45.50"),
                        containsString("接受协商方案"), containsString("金额: ¥45.50"))));
    }

    @Test
    void refusalsAreToldInChineseWithAmountsInYuan() throws Exception {
        String caseId = apply("REFUND_ONLY", "1");

        mvc.perform(post("/cases/" + caseId + "/propose").session(seller1).with(csrf())
                        .param("version", "1").param("amount", "100"))
                .andExpect(flash().attribute("refused", "金额不能超过申请金额 ¥89.00。"));
        mvc.perform(post("/cases/" + caseId + "/propose").session(seller1).with(csrf())
                        .param("version", "1").param("amount", "1.005"))
                .andExpect(flash().attribute("refused", "金额须为以元计的金额，例如 88.00。"));
        mvc.perform(post("/cases/" + caseId + "/agree").session(seller1).with(csrf()).param("version", "9"))
                .andExpect(flash().attribute("refused", "售后单已被更新，请刷新后重试。"));
        mvc.perform(post("/cases/" + caseId + "/propose").session(seller1).with(csrf())
                        .param("version", "1").param("amount", "100").param("lang", "en"))
                .andExpect(flash().attribute("refused", "The amount may be at most the amount asked, ¥89.00."));
    }

    @Test
    void theBuyerSeesWhereToSendTheGoodsAlsoWhenThePlatformSetTheAddress() throws Exception {
        signed();
        String caseId = apply("RETURN_AND_REFUND", "1");
        Deadline answer = deadlines.find(caseId).orElseThrow();

        transactions.executeWithoutResult(tx -> events.publishEvent(new DeadlineExpired(answer.caseId(),
                answer.timerId(), answer.onExpiry(), answer.dueAt())));

        String page = "";
        long giveUp = System.nanoTime() + Waiting.PATIENCE.toNanos();
        while (!page.contains("return-address") && System.nanoTime() < giveUp) {
            Thread.sleep(100);
            page = mvc.perform(get("/cases/" + caseId).session(buyer1)).andReturn().getResponse().getContentAsString();
        }
        org.assertj.core.api.Assertions.assertThat(page).contains("id=\"return-address\"", "退货地址",
                "商家逾期未处理，由平台设定");
    }

    @Test
    void theDescriptionSurvivesAQuoteRefresh() throws Exception {
        mvc.perform(get("/orders/" + order + "/refund").session(buyer1).param("qty.L1", "1"))
                .andExpect(content().string(containsString("hx-include=\"#description\"")));
        mvc.perform(get("/orders/" + order + "/refund").session(buyer1).header("HX-Request", "true")
                        .param("type", "REFUND_ONLY").param("reason", "NOT_RECEIVED").param("qty.L1", "2")
                        .param("description", "快递一直没到"))
                .andExpect(content().string(containsString(">快递一直没到</textarea>")));
    }

    @Test
    void tooManyUnitsAreToldInChinese() throws Exception {
        mvc.perform(get("/orders/" + order + "/refund").session(buyer1).param("qty.L1", "5"))
                .andExpect(content().string(allOf(containsString("所选数量超过该商品可退的数量"),
                        not(containsString("unit(s)")))));
    }

    @Test
    void aThresholdDiscountReadsAsManJianInYuan() throws Exception {
        signed();
        mvc.perform(get("/orders/" + order + "/refund").session(buyer1)
                        .param("type", "RETURN_AND_REFUND").param("reason", "NO_REASON").param("qty.L1", "1"))
                .andExpect(content().string(allOf(containsString("不再满足满150减10的优惠门槛"),
                        not(containsString("15000门槛")))));
        mvc.perform(get("/orders/" + order + "/refund").session(buyer1).param("lang", "en")
                        .param("type", "RETURN_AND_REFUND").param("reason", "NO_REASON").param("qty.L1", "1"))
                .andExpect(content().string(containsString("the ¥10-off-¥150 discount")));
    }

    @Test
    void partiesWriteOnTheRecordAndUploadSeveralPhotosSeeingTheRulesFirst() throws Exception {
        String caseId = apply("REFUND_ONLY", "1");
        mvc.perform(get("/cases/" + caseId).session(buyer1))
                .andExpect(content().string(allOf(containsString("可上传的文件"), containsString("不超过 5 MB"),
                        containsString("image/jpeg"), containsString("multiple"), containsString("evidence-preview.js"))));

        mvc.perform(multipart("/cases/" + caseId + "/evidence").file(photo()).file(photo()).param("kind", "PHOTO")
                        .param("note", "外箱破损").session(buyer1).with(csrf()))
                .andExpect(redirectedUrl("/cases/" + caseId + "#evidence"));
        mvc.perform(multipart("/cases/" + caseId + "/evidence")
                        .file(new MockMultipartFile("files", "a.jpg", "image/jpeg", new byte[] {'M', 'Z', 0, 0}))
                        .param("kind", "PHOTO").session(buyer1).with(csrf()))
                .andExpect(flash().attribute("refused", "文件内容不是该类凭证允许的格式。"));
        String page = mvc.perform(get("/cases/" + caseId).session(seller1)).andReturn().getResponse()
                .getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page.split("<img ", -1)).hasSize(3);
        String src = page.replaceAll("(?s).*?<img src=\"(/cases/[^\"]+)\".*", "$1");
        mvc.perform(get(src).session(seller1)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("Content-Disposition", matchesPattern("inline.*")));

        mvc.perform(post("/cases/" + caseId + "/messages").session(buyer1).with(csrf()).param("text", "请看照片"))
                .andExpect(flash().attribute("done", "message"));
        mvc.perform(post("/cases/" + caseId + "/messages").session(buyer1).with(csrf()).param("text", "x".repeat(2001)))
                .andExpect(flash().attribute("refused", "留言最多 2000 个字。"));
        mvc.perform(get("/cases/" + caseId).session(seller1))
                .andExpect(content().string(allOf(containsString("协商记录"), containsString("请看照片"))));
    }

    @Test
    void aRefusalAfterReceiptAsksForItsEvidenceInTheFormAndTakesAttachedPhotos() throws Exception {
        signed();
        String caseId = apply("RETURN_AND_REFUND", "1");
        act(seller1, caseId, "agree", Map.of("version", "1", "returnAddress", "杭州市文三路 1 号"), "done");
        act(buyer1, caseId, "ship-return", Map.of("version", "2", "carrier", "SF", "trackingNo", "SF1"), "done");
        mvc.perform(get("/cases/" + caseId).session(seller1))
                .andExpect(content().string(allOf(containsString("enctype=\"multipart/form-data\""),
                        containsString("签收后拒绝必须提供"), containsString("name=\"files\""))));

        mvc.perform(post("/cases/" + caseId + "/refuse-receipt").session(seller1).with(csrf())
                        .param("version", "3").param("reasonCode", "DAMAGED").param("message", "退回的商品已损坏"))
                .andExpect(flash().attribute("refused", containsString("签收后拒绝需至少提供一份凭证")));
        mvc.perform(multipart("/cases/" + caseId + "/refuse-receipt").file(photo()).session(seller1).with(csrf())
                        .param("version", "3").param("reasonCode", "DAMAGED").param("message", "退回的商品已损坏"))
                .andExpect(flash().attribute("done", "refuse-receipt"));
        mvc.perform(get("/cases/" + caseId).session(buyer1))
                .andExpect(content().string(allOf(containsString("商家已拒绝"), containsString("<img "))));
    }

    @Test
    void escalatingLeadsToThePageOfTheRequestToThePlatform() throws Exception {
        String caseId = apply("REFUND_ONLY", "1");
        act(seller1, caseId, "propose", Map.of("version", "1", "amount", "10"), "done");
        act(buyer1, caseId, "reject-proposal", Map.of("version", "2"), "done");

        mvc.perform(post("/cases/" + caseId + "/escalate").session(buyer1).with(csrf()).param("version", "3")
                        .param("message", "商家只肯退 10 元"))
                .andExpect(redirectedUrl("/cases/" + caseId + "/dispute"));
        mvc.perform(get("/cases/" + caseId + "/intervention").session(buyer1))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("已申请平台介入"), containsString("商家只肯退 10 元"),
                        containsString("平台客服将决定是否受理"))));
        mvc.perform(get("/cases/" + caseId + "/intervention").session(signIn("buyer2")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theInboxListsWhatAwaitsTheSignedInParty() throws Exception {
        String caseId = apply("REFUND_ONLY", "1");
        mvc.perform(get("/inbox").session(seller1))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/inbox\""), containsString("处理售后申请"),
                        containsString("/cases/" + caseId))));
        mvc.perform(get("/inbox").session(buyer1))
                .andExpect(content().string(not(containsString("/cases/" + caseId + "\""))));
    }

    private static MockMultipartFile photo() {
        return new MockMultipartFile("files", "photo.jpg", "image/jpeg", JPEG);
    }

    private String apply(String type, String units) throws Exception {
        String location = mvc.perform(post("/orders/" + order + "/refund").session(buyer1).with(csrf())
                        .param("type", type).param("reason", "QUALITY").param("qty.L1", units))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        return location.substring("/cases/".length());
    }

    private void act(MockHttpSession session, String caseId, String action, Map<String, String> fields, String outcome)
            throws Exception {
        var request = post("/cases/" + caseId + "/" + action).session(session).with(csrf());
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
