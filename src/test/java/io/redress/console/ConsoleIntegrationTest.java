package io.redress.console;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@RedressIntegrationTest
class ConsoleIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void loginPageListsTheDemoAccountsAndKeyInDemoMode() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("buyer1"), containsString("seller2"),
                        containsString("senior1"), containsString("auditor1"), containsString("admin1"),
                        containsString("demo-marketplace-key"), containsString("name=\"_csrf\""))));
    }

    @Test
    void signingInWithTheCsrfTokenOpensASession() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "buyer1").param("password", "demo"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername("buyer1"));
    }

    @Test
    void signingInWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "buyer1").param("password", "demo"))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void wrongPasswordReturnsToTheLoginPageWithAnError() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "buyer1").param("password", "wrong"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        MockHttpSession session = signIn("auditor1");
        mvc.perform(post("/logout").session(session).with(csrf()))
                .andExpect(redirectedUrl("/login?logout"))
                .andExpect(unauthenticated());
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void pagesNeedASignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void homeShowsTheSignedInUserAndWhatTheirRoleDoes() throws Exception {
        MockHttpSession session = signIn("seller1");
        mvc.perform(get("/").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("seller1"), containsString("shop-1"),
                        containsString("卖家"), not(containsString("/admin/service-keys")))));
    }

    @Test
    void adminHomeLinksToTheServiceKeysPage() throws Exception {
        mvc.perform(get("/").session(signIn("admin1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/service-keys")));
    }

    @Test
    void consoleIsChineseByDefaultAndSwitchesToEnglishWithACookie() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(allOf(containsString("lang=\"zh-CN\""), containsString("登录"))));
        Cookie language = mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(allOf(containsString("lang=\"en\""), containsString("Sign in"),
                        containsString("Demo accounts"))))
                .andExpect(cookie().exists("redress-lang"))
                .andReturn().getResponse().getCookie("redress-lang");
        mvc.perform(get("/login").cookie(language))
                .andExpect(content().string(containsString("Demo accounts")));
    }

    @Test
    void unsupportedLanguageFallsBackToChinese() throws Exception {
        mvc.perform(get("/login").param("lang", "fr"))
                .andExpect(content().string(containsString("演示账号")));
    }

    @Test
    void serviceKeysPageIsForAdminsOnly() throws Exception {
        mvc.perform(get("/admin/service-keys").session(signIn("agent1")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/service-keys").session(signIn("admin1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Demo marketplace")));
    }

    @Test
    void aNewKeyIsShownOnceAfterItsCreation() throws Exception {
        MockHttpSession admin = signIn("admin1");
        mvc.perform(post("/admin/service-keys").session(admin).with(csrf()).param("name", "console key"))
                .andExpect(redirectedUrl("/admin/service-keys"));
        mvc.perform(get("/admin/service-keys").session(admin))
                .andExpect(content().string(containsString("rdk_")));
        mvc.perform(get("/admin/service-keys").session(admin))
                .andExpect(content().string(not(containsString("rdk_"))));
    }

    @Test
    void revokingFromThePageWithHtmxAnswersTheRevokedRowOnly() throws Exception {
        MockHttpSession admin = signIn("admin1");
        mvc.perform(post("/admin/service-keys").session(admin).with(csrf()).param("name", "htmx key"));
        String page = mvc.perform(get("/admin/service-keys").session(admin)).andReturn().getResponse().getContentAsString();
        String keyId = page.substring(page.lastIndexOf("<tr id=\"") + 8).split("\"")[0];
        mvc.perform(post("/admin/service-keys/" + keyId + "/revoke").session(admin).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(startsWith("<tr id=\"" + keyId + "\""), containsString("class=\"revoked\""),
                        not(containsString("<html")))));
    }

    @Test
    void unknownPageRendersTheErrorPageInTheLayout() throws Exception {
        mvc.perform(get("/error").session(signIn("buyer1"))
                        .requestAttr("jakarta.servlet.error.status_code", 404)
                        .accept("text/html"))
                .andExpect(content().string(allOf(containsString("404"), containsString("页面不存在"),
                        containsString("console.css"))));
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "demo"))
                .andExpect(authenticated())
                .andReturn().getRequest().getSession();
    }
}
