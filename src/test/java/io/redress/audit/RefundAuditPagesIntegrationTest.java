package io.redress.audit;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The auditors' refund-audit page: a run started from the form, listed, shown with its CSV and report, in both languages. */
@RedressIntegrationTest
class RefundAuditPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anAuditorStartsARunFromTheFormAndReadsItInBothLanguages() throws Exception {
        MockHttpSession auditor = signIn("auditor1");
        String location = mvc.perform(post("/audit/refunds").with(csrf()).session(auditor)
                        .param("from", "2020-01-01").param("to", "2020-01-02").param("shops", "shop-1"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).session(auditor))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("退款审计"), containsString("核对退款 0 笔"),
                        containsString("没有差异"), containsString(".csv"), containsString("report.json"))));
        mvc.perform(get(location).param("lang", "en").session(auditor))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("0 refunds checked"), containsString("Signed JSON report"))));
        mvc.perform(get("/audit/refunds").session(auditor))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("发起审计"), containsString(location.substring(location.lastIndexOf('/') + 1)))));
        mvc.perform(get(location + ".csv").session(auditor))
                .andExpect(status().isOk()).andExpect(content().string(containsString("refundRef,caseId")));
        mvc.perform(get(location + "/report.json").session(auditor))
                .andExpect(status().isOk()).andExpect(content().string(containsString("\"signature\"")));
    }

    @Test
    void theRefundAuditPageIsForAuditorsOnly() throws Exception {
        mvc.perform(get("/audit/refunds").session(signIn("admin1"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit/refunds").session(signIn("seller1"))).andExpect(status().isForbidden());
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "demo"))
                .andReturn().getRequest().getSession();
    }
}
