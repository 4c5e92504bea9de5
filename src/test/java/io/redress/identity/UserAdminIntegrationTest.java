package io.redress.identity;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

@RedressIntegrationTest
class UserAdminIntegrationTest {

    static final String PASSWORD = "a-real-password-1";

    @Autowired
    MockMvc mvc;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void adminCreatesSellerStaffWhoSignInForTheirShop() throws Exception {
        String shop = "shop-" + UUID.randomUUID().toString().substring(0, 8);
        postAsAdmin("/api/v1/admin/shops", "{\"shopId\":\"" + shop + "\",\"name\":\"测试店\"}")
                .andExpect(status().isCreated());
        String name = unique("staff");
        postAsAdmin("/api/v1/admin/users", user(name, "[\"SELLER\"]", null, shop))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.shopId").value(shop))
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.password").doesNotExist());

        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token(name)))
                .andExpect(jsonPath("$.roles[0]").value("SELLER"))
                .andExpect(jsonPath("$.shopId").value(shop));
        mvc.perform(get("/api/v1/admin/shops").header("Authorization", "Bearer " + token("admin1")))
                .andExpect(jsonPath("$[*].shopId", hasItem(shop)));
    }

    @Test
    void bindingsMustFitTheRoles() throws Exception {
        postAsAdmin("/api/v1/admin/users", user(unique("b"), "[\"BUYER\"]", null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("buyerId"));
        postAsAdmin("/api/v1/admin/users", user(unique("s"), "[\"SELLER\"]", null, "no-such-shop"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("shopId"));
        postAsAdmin("/api/v1/admin/users", user(unique("m"), "[\"MARKETPLACE\"]", null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles"));
        postAsAdmin("/api/v1/admin/users", "{\"username\":\"" + unique("p") + "\",\"password\":\"short\","
                + "\"displayName\":\"x\",\"roles\":[\"AGENT\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
    }

    @Test
    void aBlankShopIdIsRefusedNamingItAndCreatesNoUser() throws Exception {
        for (String blank : new String[] {"", "   "}) {
            String name = unique("blank");
            postAsAdmin("/api/v1/admin/users", user(name, "[\"AGENT\"]", null, blank))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("shopId"));
            mvc.perform(get("/api/v1/admin/users").header("Authorization", "Bearer " + token("admin1")))
                    .andExpect(jsonPath("$[?(@.username == '" + name + "')]").isEmpty());
        }
    }

    @Test
    void aSecondUserWithTheSameNameIsAConflict() throws Exception {
        String name = unique("agent");
        postAsAdmin("/api/v1/admin/users", user(name, "[\"AGENT\"]", null, null)).andExpect(status().isCreated());
        postAsAdmin("/api/v1/admin/users", user(name, "[\"AGENT\"]", null, null)).andExpect(status().isConflict());
    }

    @Test
    void disabledUserCannotSignInAndTheirTokenStopsWorkingAtOnce() throws Exception {
        String name = unique("buyer");
        postAsAdmin("/api/v1/admin/users", user(name, "[\"BUYER\"]", "buyer-" + name, null)).andExpect(status().isCreated());
        String token = token(name);
        // used once first, so that the token's verification is remembered: a disabled user is refused all the same
        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        postAsAdmin("/api/v1/admin/users/" + name + "/disable", null).andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        signIn(name).andExpect(status().isUnauthorized());

        postAsAdmin("/api/v1/admin/users/" + name + "/enable", null).andExpect(jsonPath("$.enabled").value(true));
        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }

    @Test
    void disablingAUserEndsTheirConsoleSession() throws Exception {
        String name = unique("agent");
        postAsAdmin("/api/v1/admin/users", user(name, "[\"AGENT\"]", null, null)).andExpect(status().isCreated());
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").with(csrf())
                        .param("username", name).param("password", PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        postAsAdmin("/api/v1/admin/users/" + name + "/disable", null).andExpect(status().isOk());
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void adminCannotDisableThemselfAndUnknownUsersAreNotFound() throws Exception {
        postAsAdmin("/api/v1/admin/users/admin1/disable", null).andExpect(status().isConflict());
        postAsAdmin("/api/v1/admin/users/" + unique("ghost") + "/disable", null).andExpect(status().isNotFound());
    }

    @Test
    void onlyAdminsManageUsers() throws Exception {
        mvc.perform(get("/api/v1/admin/users").header("Authorization", "Bearer " + token("agent1")))
                .andExpect(status().isForbidden());
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String user(String name, String roles, String buyerId, String shopId) {
        return "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"" + name + "\","
                + "\"roles\":" + roles
                + (buyerId == null ? "" : ",\"buyerId\":\"" + buyerId + "\"")
                + (shopId == null ? "" : ",\"shopId\":\"" + shopId + "\"") + "}";
    }

    private ResultActions postAsAdmin(String path, String body) throws Exception {
        var request = post(path).header("Authorization", "Bearer " + token("admin1"));
        return mvc.perform(body == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions signIn(String username) throws Exception {
        boolean demo = DemoAccount.all().stream().anyMatch(account -> account.username().equals(username));
        String password = demo ? DemoAccount.PASSWORD : PASSWORD;
        return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
    }

    private String token(String username) throws Exception {
        String body = signIn(username).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("token").asString();
    }
}
