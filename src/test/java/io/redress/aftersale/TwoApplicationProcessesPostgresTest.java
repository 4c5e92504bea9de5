package io.redress.aftersale;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.ChildApplication;
import io.redress.FreshPostgresDatabase;
import io.redress.RedressApplication;
import io.redress.ledger.Postings;
import io.redress.orders.OrderJson;
import io.redress.payments.sandbox.SandboxPsp;
import io.redress.payments.sandbox.SandboxSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two application processes on one database, each with its own scheduler, event publication registry and
 * payout workers. Sellers stay silent, so every case's deadline agrees by itself and the case is paid out.
 * One process dies (halts, like SIGKILL) right after a deadline it fired committed and before db-scheduler
 * recorded it, so the other runs that execution again; the dead one is started again and redelivers the
 * events it left unfinished, also those the other process is handling at that moment.
 */
@Tag("postgres")
class TwoApplicationProcessesPostgresTest {

    private static final int CASES = 16;
    private static final String SECRET = "two-processes-callback-secret";
    private static final Duration BOOT = Duration.ofSeconds(150);

    private final List<ChildApplication> nodes = new ArrayList<>();
    private SandboxPsp sandbox;
    private JdbcClient jdbc;

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (ChildApplication node : nodes) {
            node.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void eachDeadlineFiresAndActsOnceAndEachRefundLegIsSentOnceWithTwoProcesses() throws Exception {
        sandbox = new SandboxPsp(0, SECRET);
        sandbox.configure(SandboxSettings.reliable());
        String jdbcUrl = FreshPostgresDatabase.SERVER + FreshPostgresDatabase.create();
        jdbc = JdbcClient.create(new DriverManagerDataSource(jdbcUrl, FreshPostgresDatabase.USER, FreshPostgresDatabase.PASSWORD));
        createSchema(jdbcUrl); // as deployed: the schema is in place before two instances start at once

        // Each node claims the due deadlines it finds (lock-and-fetch): the steady node polls less often, so that the
        // dying node is the first to find some of them due and dies after firing one.
        ChildApplication dying = start("dying", DyingNodeApplication.class, jdbcUrl, "200ms", "--dying-node.after-fires=1");
        ChildApplication steady = start("steady", RedressApplication.class, jdbcUrl, "3s");
        dying.awaitReady(BOOT);
        steady.awaitReady(BOOT);
        ApiCalls api = new ApiCalls();
        List<String> orderIds = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            orderIds.add(api.pushOrder(i % 2 == 0 ? dying : steady, OrderJson.freshId()));
        }
        api.shortenSellersReplyTime(steady, "PT6S");
        List<String> caseIds = new ArrayList<>();
        for (String orderId : orderIds) { // on the node that stays: the other may die while they are opened
            caseIds.add(api.openRefundOnlyCase(steady, orderId));
        }

        assertThat(dying.process().waitFor(60, TimeUnit.SECONDS)).as("the dying node fired a deadline").isTrue();
        assertThat(dying.process().exitValue()).isEqualTo(DyingNodeApplication.DYING);
        start("restarted", RedressApplication.class, jdbcUrl, "200ms").awaitReady(BOOT);
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (countRefunded(caseIds) < CASES && System.nanoTime() < giveUp) {
            Thread.sleep(200);
        }
        Thread.sleep(3000); // late second deliveries, if any, would act now

        assertThat(countRefunded(caseIds)).as("cases paid out").isEqualTo(CASES);
        for (String caseId : caseIds) {
            assertThat(count("SELECT COUNT(*) FROM event_publication WHERE event_type LIKE '%.DeadlineExpired'"
                    + " AND listener_id LIKE '%DeadlineExpiries%' AND serialized_event LIKE ?", "%\"" + caseId + "\"%"))
                    .as("times the deadline of %s fired", caseId).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM after_sale_case_event WHERE case_id = ? AND action = 'AUTO_AGREE'",
                    caseId)).as("times the deadline of %s acted", caseId).isEqualTo(1);
            List<Map<String, Object>> legs = jdbc.sql("SELECT external_key, attempts, status FROM refund_attempt"
                    + " WHERE refund_ref LIKE ?").param(caseId + "%").query().listOfRows();
            assertThat(legs).as("refund legs of %s", caseId).singleElement().satisfies(leg -> {
                assertThat(leg.get("attempts")).as("PSP calls").isEqualTo(1);
                assertThat(leg.get("status")).isEqualTo("SUCCEEDED");
                assertThat(count("SELECT COUNT(*) FROM ledger_entry WHERE reference = ?",
                        Postings.REFUND_PAID + leg.get("external_key"))).as("payout postings").isEqualTo(1);
            });
        }
    }

    private ChildApplication start(String name, Class<?> main, String jdbcUrl, String pollingInterval, String... extra)
            throws Exception {
        List<String> arguments = new ArrayList<>(List.of(
                "--redress.auth.signing-secret=two-processes-share-one-token-signing-secret",
                "--redress.psp.url=" + sandbox.baseUrl(),
                "--redress.psp.sandbox.enabled=false",
                "--redress.psp.callback-secret=" + SECRET,
                "--redress.psp.reconcile-every=1s",
                "--redress.deadlines.polling-interval=" + pollingInterval,
                "--redress.deadlines.heartbeat-interval=500ms"));
        arguments.addAll(List.of(extra));
        ChildApplication node = ChildApplication.start(name + "-" + ProcessHandle.current().pid(), main, jdbcUrl, arguments);
        nodes.add(node);
        return node;
    }

    /** The application's migrations and the event publication registry's script, run once here. */
    private void createSchema(String jdbcUrl) throws Exception {
        Flyway.configure().dataSource(jdbcUrl, FreshPostgresDatabase.USER, FreshPostgresDatabase.PASSWORD)
                .locations("classpath:db/migration").outOfOrder(true).load().migrate();
        try (var script = getClass().getResourceAsStream(
                "/org/springframework/modulith/events/jdbc/schemas/v2/schema-postgresql.sql")) {
            for (String statement : new String(script.readAllBytes(), StandardCharsets.UTF_8).split(";")) {
                if (!statement.isBlank()) {
                    jdbc.sql(statement).update();
                }
            }
        }
    }

    private long countRefunded(List<String> caseIds) {
        return jdbc.sql("SELECT COUNT(*) FROM after_sale_case WHERE status = 'REFUNDED' AND case_id IN (:ids)")
                .param("ids", caseIds).query(Long.class).single();
    }

    private long count(String sql, Object parameter) {
        return jdbc.sql(sql).param(parameter).query(Long.class).single();
    }
}
