package io.redress;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@RedressIntegrationTest
class ApplicationStartsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void reportsHealthy() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }
}
