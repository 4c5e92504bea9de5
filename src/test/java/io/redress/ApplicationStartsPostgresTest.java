package io.redress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@RedressPostgresTest
class ApplicationStartsPostgresTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void migratesAFreshPostgresDatabase() {
        String product = jdbc.sql("SELECT version()").query(String.class).single();
        assertThat(product).startsWith("PostgreSQL");
        assertThat(jdbc.sql("SELECT info FROM redress_info WHERE name = 'schema'").query(String.class).single())
                .isEqualTo("redress");
    }
}
