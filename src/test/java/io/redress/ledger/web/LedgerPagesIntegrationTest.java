package io.redress.ledger.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.ledger.Ledger;
import io.redress.ledger.SampleOrders;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@RedressIntegrationTest
class LedgerPagesIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired Ledger ledger;

    @Test
    void auditorReadsBalancesInYuanAndAnAccountsPostings() throws Exception {
        String shop = "shop-" + UUID.randomUUID();
        String orderId = "o-" + UUID.randomUUID();
        ledger.capture(SampleOrders.domainExample(orderId, "buyer-1", shop));
        ledger.settle(orderId);
        MockHttpSession auditor = signIn("auditor1");

        mvc.perform(get("/ledger").session(auditor))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("SELLER_PAYABLE:" + shop), containsString("-235.30"),
                        containsString("与支付机构对账"))));
        mvc.perform(get("/ledger/accounts/SELLER_PAYABLE:" + shop).session(auditor))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("settlement:" + orderId), containsString("CNY -235.30"))));
        mvc.perform(get("/ledger/reconciliation.csv").session(auditor))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("kind,externalKey,")));
        mvc.perform(get("/ledger/reconciliation").session(auditor)).andExpect(status().isOk());
    }

    @Test
    void ledgerPagesAreForAuditorsAndAdminsOnly() throws Exception {
        mvc.perform(get("/ledger").session(signIn("seller1"))).andExpect(status().isForbidden());
        mvc.perform(get("/ledger").session(signIn("admin1"))).andExpect(status().isOk());
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "demo"))
                .andReturn().getRequest().getSession();
    }
}
