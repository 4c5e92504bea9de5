package io.redress;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.identity.DemoAccount;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The application itself, started with the {@code prod} profile on a fresh in-memory database with every
 * production setting right but one, refuses to start and names what is wrong. Each start stops at the
 * failing bean, long before the web server would listen.
 */
class ProductionStartRefusalIntegrationTest {

    static final String REAL_CALLBACK_SECRET = "0c4f7a9e2b6d1f8a3c5e7b9d0f2a4c6e8b";

    @Test
    void productionRefusesToStartWithThePublicPspCallbackSecret() {
        String url = freshDatabase();
        assertThatThrownBy(() -> startInProduction(url))
                .rootCause().isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("redress.psp.callback-secret").hasMessageContaining("public development default");
    }

    @Test
    void productionRefusesToStartWhileTheDemoServiceKeyWorks() throws Exception {
        String url = freshDatabase();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").outOfOrder(true).load().migrate();
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(DemoAccount.SERVICE_KEY.getBytes(StandardCharsets.UTF_8)));
        JdbcClient.create(new DriverManagerDataSource(url, "sa", "")).sql("""
                INSERT INTO identity_service_key (key_id, name, key_hash, role_name, last_four, created_at)
                VALUES ('key-demo', 'Demo marketplace', ?, 'MARKETPLACE', '-key', CURRENT_TIMESTAMP)""")
                .param(hash).update();

        assertThatThrownBy(() -> startInProduction(url, "--redress.psp.callback-secret=" + REAL_CALLBACK_SECRET))
                .rootCause().isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("redress.demo=false").hasMessageContaining(DemoAccount.SERVICE_KEY);
    }

    /** Everything production needs but what a test leaves out; the callback secret stays at its default. */
    private static void startInProduction(String url, String... more) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url, "--server.port=0",
                "--spring.main.banner-mode=off", "--logging.level.root=ERROR", "--redress.psp.url=http://127.0.0.1:9/",
                "--redress.auth.signing-secret=a9d3f1c7e5b2a8d4f0c6e2b9a7d5f3c1e8b6"));
        args.addAll(List.of(more));
        new SpringApplicationBuilder(RedressApplication.class).profiles("prod").run(args.toArray(String[]::new)).close();
    }

    private static String freshDatabase() {
        return "jdbc:h2:mem:prod-start-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }
}
