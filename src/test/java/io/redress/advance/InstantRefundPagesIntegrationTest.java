package io.redress.advance;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.orders.Callers;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The console shows the buyer that the platform paid first, how the advance stands, and the quota left. */
@RedressIntegrationTest
@ExtendWith(InstantRefundsOn.class)
class InstantRefundPagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;

    private AdvanceCalls calls;

    @BeforeEach
    void setUp() {
        calls = new AdvanceCalls(mvc, clock);
    }


    @Test
    void theBuyersCasePageAndQuotaPageShowTheInstantRefundInBothLanguages() throws Exception {
        Map<String, Object> opened = calls.opened(calls.order(), "REFUND_ONLY", "NOT_RECEIVED");
        Object caseId = opened.get("caseId");
        Waiting.until(() -> calls.read(caseId), c -> "REFUNDED".equals(c.get("status")));

        mvc.perform(get("/cases/" + caseId).with(calls.buyer))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-test=\"advance-kind\">极速退款"),
                        containsString("平台已先行退款，等待商家处理"))));
        mvc.perform(get("/cases/" + caseId).with(calls.buyer).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("data-test=\"advance-kind\">Instant refund"),
                        containsString("data-status=\"ADVANCED\""))));

        mvc.perform(get("/instant-refund").with(calls.buyer))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("我的极速退款额度"), containsString(caseId.toString()),
                        containsString("¥1911.00"), containsString("¥2000.00"))));
        mvc.perform(get("/instant-refund").with(calls.buyer).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("My instant-refund quota"),
                        containsString("Available"))));
        mvc.perform(get("/instant-refund").with(Callers.seller("shop-1"))).andExpect(status().isForbidden());
    }
}
