package io.redress.audit;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@RedressIntegrationTest
class AuditPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anAuditorSeesTheChainCheckedDigestsAndExportsInBothLanguages() throws Exception {
        MockHttpSession auditor = signIn("auditor1");
        mvc.perform(get("/audit").session(auditor))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("审计日志"), containsString("完整：自第一条起共校验"),
                        containsString("audit-verify"), containsString("每日摘要"))));
        mvc.perform(get("/audit").param("lang", "en").session(auditor))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Intact: "), containsString("Daily digests"))));
        mvc.perform(get("/audit/events.jsonl").session(auditor))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("audit-start-now.jsonl")))
                .andExpect(content().string(containsString("\"seq\":1,")));
    }

    @Test
    void theAuditPagesAreForAuditorsOnly() throws Exception {
        mvc.perform(get("/audit").session(signIn("admin1"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit/events.jsonl").session(signIn("seller1"))).andExpect(status().isForbidden());
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "demo"))
                .andReturn().getRequest().getSession();
    }
}
