package io.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@RedressIntegrationTest
class ApplicationStartsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Test
    void reportsHealthy() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    /** Without REDRESS_DB_POOL_SIZE, twice the processors, at least 4 (io.redress.shared.ConnectionPoolSize). */
    @Test
    void poolsTwoConnectionsPerProcessor() throws Exception {
        int processors = Runtime.getRuntime().availableProcessors();
        assertThat(dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize())
                .isEqualTo(System.getenv("REDRESS_DB_POOL_SIZE") != null
                        ? Integer.parseInt(System.getenv("REDRESS_DB_POOL_SIZE")) : Math.max(4, 2 * processors));
    }
}
