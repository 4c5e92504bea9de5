package io.redress.shared.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

@RedressIntegrationTest
class OpenApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void publishesInfoBearerSchemeProblemSchemaAndIdempotencyKey() throws Exception {
        mvc.perform(get("/v3/api-docs").with(authentication(new TestingAuthenticationToken("a", null, "ROLE_ADMIN"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Redress"))
                .andExpect(jsonPath("$.info.version").value("1"))
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(jsonPath("$.components.schemas.Problem.properties.errors").exists())
                .andExpect(jsonPath("$.paths['/api/v1/admin/clock'].get.security[0].bearer").exists())
                .andExpect(jsonPath("$.paths['/api/v1/admin/clock'].get.responses.default.content['application/problem+json']"
                        + ".schema['$ref']").value("#/components/schemas/Problem"))
                .andExpect(jsonPath("$.paths['/api/v1/admin/clock/advance'].post.parameters[?(@.name == 'Idempotency-Key')]"
                        + ".in").value("header"));
    }
}
