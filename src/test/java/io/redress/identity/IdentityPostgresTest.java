package io.redress.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressPostgresTest;
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
