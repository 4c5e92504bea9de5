package io.redress.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RedressIntegrationTest
class ApiAuthenticationIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void issuedTokenCarriesTheUsersRolesAndBindings() throws Exception {
        JsonNode issued = issue("seller1", "demo");
        assertThat(issued.get("roles").toString()).isEqualTo("[\"SELLER\"]");
        Instant expiresAt = Instant.parse(issued.get("expiresAt").asString());
        assertThat(expiresAt).isBetween(Instant.now().plusSeconds(8 * 3600 - 60), Instant.now().plusSeconds(8 * 3600 + 60));

        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + issued.get("token").asString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("seller1"))
                .andExpect(jsonPath("$.roles[0]").value("SELLER"))
                .andExpect(jsonPath("$.shopId").value("shop-1"))
                .andExpect(jsonPath("$.buyerId").doesNotExist());
    }

    @Test
    void wrongPasswordGetsUnauthorizedProblem() throws Exception {
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"buyer1\",\"password\":\"not-demo\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://redress.dev/problems/unauthorized"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value("Wrong username or password"));
    }

    @Test
    void unknownUserGetsTheSameAnswerAsWrongPassword() throws Exception {
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"nobody-" + UUID.randomUUID() + "\",\"password\":\"demo\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("Wrong username or password"));
    }

    @Test
    void missingTokenGetsUnauthorizedProblemWithBearerChallenge() throws Exception {
        mvc.perform(get("/api/v1/auth/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Unauthorized"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(containsString("Bearer")));
    }

    @Test
    void tamperedTokenIsRefused() throws Exception {
        String token = issue("admin1", "demo").get("token").asString();
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "x" + "." + parts[2];
        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + forged))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("invalid_token")))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void roleThatMayNotActGetsForbiddenProblem() throws Exception {
        String token = issue("buyer2", "demo").get("token").asString();
        mvc.perform(get("/api/v1/admin/service-keys").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Forbidden"))
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void demoServiceKeyActsAsMarketplace() throws Exception {
        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + DemoAccount.SERVICE_KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0]").value("MARKETPLACE"));
    }

    @Test
    void createdServiceKeyWorksUntilRevokedThenGetsUnauthorized() throws Exception {
        String admin = "Bearer " + issue("admin1", "demo").get("token").asString();
        String name = "shop backend " + UUID.randomUUID();
        JsonNode created = json.readTree(mvc.perform(post("/api/v1/admin/service-keys").header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + name + "\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
        String key = created.get("key").asString();
        String keyId = created.get("keyId").asString();

        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + key)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/admin/service-keys").header("Authorization", admin))
                .andExpect(jsonPath("$[?(@.keyId == '" + keyId + "')].lastFour").value(key.substring(key.length() - 4)))
                .andExpect(jsonPath("$[?(@.keyId == '" + keyId + "')].key").doesNotExist());

        mvc.perform(post("/api/v1/admin/service-keys/" + keyId + "/revoke").header("Authorization", admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revoked").value(true));
        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + key))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("Unknown or revoked service key"));
    }

    @Test
    void serviceKeyIsStoredOnlyAsItsSha256() throws Exception {
        String admin = "Bearer " + issue("admin1", "demo").get("token").asString();
        JsonNode created = json.readTree(mvc.perform(post("/api/v1/admin/service-keys").header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"hash check\"}"))
                .andReturn().getResponse().getContentAsString());
        String key = created.get("key").asString();
        List<String> stored = jdbc.sql("SELECT key_hash FROM identity_service_key WHERE key_id = ?")
                .param(created.get("keyId").asString()).query(String.class).list();
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        assertThat(stored).containsExactly(sha256);
    }

    @Test
    void revokingAnUnknownKeyIsNotFound() throws Exception {
        String admin = "Bearer " + issue("admin1", "demo").get("token").asString();
        mvc.perform(post("/api/v1/admin/service-keys/key-" + UUID.randomUUID() + "/revoke").header("Authorization", admin))
                .andExpect(status().isNotFound());
    }

    @Test
    void prometheusIsForAdminsOnlyWhileHealthIsOpen() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + DemoAccount.SERVICE_KEY))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + issue("admin1", "demo").get("token").asString()))
                .andExpect(status().isOk());
    }

    @Test
    void apiDocsAreOpenWithoutAToken() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/auth/token'].post").exists());
    }

    private JsonNode issue(String username, String password) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }
}
