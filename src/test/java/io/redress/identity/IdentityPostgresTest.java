package io.redress.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressPostgresTest;
import io.redress.orders.Race;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RedressPostgresTest
class IdentityPostgresTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void parallelGuessesFromOneAddressGetNoMoreThanItsTenAttempts() throws Exception {
        List<Integer> answers = Race.run(16, () -> signIn("nobody-" + UUID.randomUUID(), "guess", "10.88.0.1"));

        assertThat(answers.stream().filter(s -> s == 401).count()).isLessThanOrEqualTo(10);
        assertThat(answers.stream().filter(s -> s == 429).count()).isGreaterThanOrEqualTo(6);
        assertThat(jdbc.sql("SELECT attempts FROM identity_sign_in_throttle WHERE throttle_key = 'client:10.88.0.1'")
                .query(Integer.class).single()).as("no attempt lost between instances").isEqualTo(16);
    }

    @Test
    void parallelGuessesAtOneAccountFromManyAddressesGetFiveAttemptsAndOneSlot() throws Exception {
        String owner = "nobody-" + UUID.randomUUID(); // unknown usernames are counted like known ones
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

        List<Integer> answers = Race.run(12, () -> signIn(owner, "guess", "10.89.0." + next.incrementAndGet()));

        assertThat(answers.stream().filter(s -> s == 401).count()).isLessThanOrEqualTo(6);
        assertThat(answers.stream().filter(s -> s == 429).count()).isGreaterThanOrEqualTo(6);
    }

    private int signIn(String username, String password, String client) throws Exception {
        return mvc.perform(post("/api/v1/auth/token").with(request -> {
                    request.setRemoteAddr(client);
                    return request;
                }).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                .andReturn().getResponse().getStatus();
    }

    @Test
    void demoAccountsAreSeededOnceWithBcryptHashes() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_user").query(Long.class).single())
                .isEqualTo(DemoAccount.all().size());
        assertThat(jdbc.sql("SELECT password_hash FROM identity_user WHERE username = 'buyer1'").query(String.class).single())
                .startsWith("$2a$");
    }

    @Test
    void tokensAndServiceKeysWorkAndRevocationHoldsOnPostgres() throws Exception {
        String token = json.readTree(mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"admin1\",\"password\":\"demo\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("token").asString();
        JsonNode key = json.readTree(mvc.perform(post("/api/v1/admin/service-keys").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"pg backend\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());

        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + key.get("key").asString()))
                .andExpect(jsonPath("$.roles[0]").value("MARKETPLACE"));
        mvc.perform(post("/api/v1/admin/service-keys/" + key.get("keyId").asString() + "/revoke")
                .header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + key.get("key").asString()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void databaseRefusesAKeyRevokedBeforeItWasCreatedOrWithAnotherRole() {
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO identity_service_key (key_id, name, key_hash, role_name, last_four, created_at, revoked_at)
                VALUES ('k-bad-time', 'n', 'h-bad-time', 'MARKETPLACE', 'abcd', TIMESTAMP WITH TIME ZONE '2026-01-02 00:00:00+00',
                        TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')""").update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO identity_service_key (key_id, name, key_hash, role_name, last_four, created_at)
                VALUES ('k-bad-role', 'n', 'h-bad-role', 'ADMIN', 'abcd', TIMESTAMP WITH TIME ZONE '2026-01-02 00:00:00+00')""").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
