package io.redress.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.redress.ChildJvm;
import io.redress.FreshPostgresDatabase;
import io.redress.RedressApplication;
import io.redress.ledger.Account;
import io.redress.ledger.Postings;
import io.redress.payments.sandbox.PspRefund;
import io.redress.payments.sandbox.SandboxPsp;
import io.redress.payments.sandbox.SandboxSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The application is killed with SIGKILL in the middle of a refund run, at a moment when the PSP has
 * paid legs the database has not recorded, and started again on the same database with the production
 * back-offs (the first check of an unknown leg 5 minutes away); it must settle every leg within a minute and pay
 * none twice. The application runs as a child process; the sandbox PSP runs here, so its books outlive it.
 * "Paid once" is asserted on what the application controls: one attempt row and one key per leg, no key sent
 * again once the PSP held it, one ledger payout per leg; the sandbox's payout count would forgive a resend.
 */
@Tag("postgres")
class RefundCrashPostgresTest {

    private static final Logger log = LoggerFactory.getLogger(RefundCrashPostgresTest.class);
    private static final int REFUNDS = 30;
    private static final int PAID_BEFORE_KILL = 10;
    private static final Duration PATIENCE = Duration.ofSeconds(150);
    private static final Duration RECOVERY = Duration.ofSeconds(60);
    private static final String CALLBACK_SECRET = "crash-test-callback-secret";
    private static final HttpClient HEALTH = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String prefix = "crash-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Process> started = new ArrayList<>();
    private SandboxPsp sandbox;
    private JdbcClient jdbc;
    private String jdbcUrl;

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (Process process : started) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void refundsInterruptedByKillNineArePaidExactlyOnceAfterRestart() throws Exception {
        sandbox = new SandboxPsp(0, CALLBACK_SECRET);
        // Slow enough to be interrupted, and unreliable: 503s, answers lost after paying, pending refunds.
        sandbox.configure(new SandboxSettings(150, 0.1, 0.15, 2_500, 0, 0.1, 300, 1));
        String database = FreshPostgresDatabase.create("redress_test_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000);
        jdbcUrl = FreshPostgresDatabase.SERVER + database;
        jdbc = JdbcClient.create(new DriverManagerDataSource(jdbcUrl, FreshPostgresDatabase.USER, FreshPostgresDatabase.PASSWORD));

        Process run = start(RefundRunApplication.class, "run", ChildJvm.freePort(), "--refund-run.count=" + REFUNDS, "--refund-run.prefix=" + prefix);
        // an UNKNOWN leg the PSP paid stays unrecorded until its first check, 5 minutes on: the kill lands in the window
        await("the PSP has paid " + PAID_BEFORE_KILL + " legs, one of them unrecorded", run, PATIENCE,
                () -> paidAtPsp().size() >= PAID_BEFORE_KILL && !paidButUnknown().isEmpty());
        run.destroyForcibly();
        assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as("exit status of a process killed by SIGKILL").isEqualTo(128 + 9);

        Map<String, String> atKill = statusByKey();
        List<String> paidAtKill = paidAtPsp();
        List<String> paidButNotRecorded = paidAtKill.stream().filter(key -> !"SUCCEEDED".equals(atKill.get(key))).toList();
        assertThat(paidButNotRecorded).as("legs paid at the PSP but not recorded when the process died").isNotEmpty();

        sandbox.configure(new SandboxSettings(150, 0, 0, 0, 0, 0.1, 300, 1));
        int port = ChildJvm.freePort();
        Process restarted = start(RedressApplication.class, "restart", port);
        // the minute is the application's, not the JVM's: it counts once the restarted application answers, so a slow
        // machine's longer start does not eat into it (whatever it settled while starting counts too)
        await("the restarted application answers", restarted, PATIENCE, () -> answers(port));
        long restartedAt = System.nanoTime();
        await("every requested leg is paid and posted within " + RECOVERY.toSeconds() + " s of the restarted application"
                + " answering", restarted, RECOVERY, this::settled);
        long settleSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - restartedAt);

        Map<String, String> statuses = statusByKey();
        List<String> refs = jdbc.sql("SELECT refund_ref FROM refund_request WHERE refund_ref LIKE ?").param(prefix + "-%")
                .query(String.class).list();
        assertThat(statuses).hasSize(refs.size() * 2).allSatisfy((key, status) -> assertThat(status).isEqualTo("SUCCEEDED"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM refund_attempt WHERE refund_ref LIKE ? AND parked")
                .param(prefix + "-%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM refund_request WHERE refund_ref LIKE ? AND completed_at IS NULL")
                .param(prefix + "-%").query(Long.class).single()).isZero();

        Map<String, PspRefund> books = sandbox.records().stream().collect(Collectors.toMap(PspRefund::externalKey, Function.identity()));
        assertThat(books.keySet()).as("keys the PSP knows: only those the application created").isEqualTo(statuses.keySet());
        Map<String, Long> amounts = jdbc.sql("SELECT external_key, amount FROM refund_attempt WHERE refund_ref LIKE ?")
                .param(prefix + "-%").query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(books.values()).allSatisfy(refund -> {
            assertThat(refund.status()).isEqualTo("SUCCEEDED");
            assertThat(refund.amount()).isEqualTo(amounts.get(refund.externalKey()));
            assertThat(sandbox.repeatedRequests(refund.externalKey()))
                    .as("refund requests for " + refund.externalKey() + " after the PSP held it").isZero();
        });
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT external_key) FROM refund_attempt WHERE refund_ref LIKE ? GROUP BY refund_ref, payment_id")
                .param(prefix + "-%").query(Long.class).list()).as("keys per leg").containsOnly(1L);

        assertThat(payoutPostings()).as("one ledger payout per leg").containsExactlyInAnyOrderElementsOf(
                statuses.keySet().stream().map(key -> Postings.REFUND_PAID + key).toList());
        assertThat(jdbc.sql("SELECT entry_id FROM ledger_line GROUP BY entry_id HAVING SUM(amount) <> 0")
                .query(Long.class).list()).as("unbalanced ledger entries").isEmpty();
        for (String ref : refs) {
            assertThat(balance(Account.buyerFunds(RefundRunApplication.buyerId(ref)))).as("refund owed to the buyer of " + ref).isZero();
        }
        log.info("{} refunds ({} legs) requested before SIGKILL; at the kill {} legs SUCCEEDED in the database, {} paid at the PSP, "
                + "{} of those paid but not recorded; after the restart all settled in {} s with {} PSP refund calls",
                refs.size(), statuses.size(), atKill.values().stream().filter("SUCCEEDED"::equals).count(), paidAtKill.size(),
                paidButNotRecorded.size(), settleSeconds, jdbc.sql("SELECT SUM(attempts) FROM refund_attempt WHERE refund_ref LIKE ?")
                        .param(prefix + "-%").query(Long.class).single());
    }

    /** Every attempt in the database succeeded, every refund completed, and the ledger posted every payout. */
    private boolean settled() {
        Map<String, String> statuses = statusByKey();
        return !statuses.isEmpty() && statuses.values().stream().allMatch("SUCCEEDED"::equals)
                && jdbc.sql("SELECT COUNT(*) FROM refund_request WHERE refund_ref LIKE ? AND completed_at IS NULL")
                        .param(prefix + "-%").query(Long.class).single() == 0
                && payoutPostings().size() >= statuses.size();
    }

    private Map<String, String> statusByKey() {
        return jdbc.sql("SELECT external_key, status FROM refund_attempt WHERE refund_ref LIKE ?").param(prefix + "-%")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private List<String> paidAtPsp() {
        return sandbox.records().stream().filter(refund -> refund.payouts() > 0).map(PspRefund::externalKey).toList();
    }

    /**
     * Legs the PSP paid that the database holds as UNKNOWN: only a check, 5 minutes on, will record them. A REQUESTED
     * leg the PSP paid does not count: its answer is on the way and may be recorded before the kill lands.
     */
    private List<String> paidButUnknown() {
        Map<String, String> statuses = statusByKey();
        return paidAtPsp().stream().filter(key -> "UNKNOWN".equals(statuses.get(key))).toList();
    }

    private List<String> payoutPostings() {
        return jdbc.sql("SELECT reference FROM ledger_entry WHERE reference LIKE ?").param(Postings.REFUND_PAID + prefix + "-%")
                .query(String.class).list();
    }

    private long balance(Account account) {
        return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM ledger_line WHERE account = ?").param(account.id())
                .query(Long.class).single();
    }

    /** Starts the application in a JVM of its own, its output in target/crash-test. */
    private Process start(Class<?> main, String name, int port, String... extraArgs) throws IOException {
        Path output = Path.of("target", "crash-test", prefix + "-" + name + ".log");
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + FreshPostgresDatabase.USER,
                "--spring.datasource.password=" + FreshPostgresDatabase.PASSWORD,
                "--redress.psp.url=" + sandbox.baseUrl(),
                "--redress.psp.sandbox.enabled=false",
                "--redress.psp.callback-secret=" + CALLBACK_SECRET,
                "--redress.psp.connect-timeout=1s",
                "--redress.psp.read-timeout=1s",
                "--redress.deadlines.polling-interval=500ms",
                "--redress.deadlines.heartbeat-interval=1s"));
        args.addAll(List.of(extraArgs));
        Process process = ChildJvm.start(main, output, null, args);
        started.add(process);
        return process;
    }

    /** Whether the application on this port answers its health check. */
    private static boolean answers(int port) {
        try {
            return HEALTH.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Polls until done; fails early when the application has died, showing the end of its output. */
    private void await(String what, Process app, Duration patience, BooleanSupplier done) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!done.getAsBoolean()) {
            if (!app.isAlive()) {
                fail("the application ended (exit " + app.exitValue() + ") before " + what + ":\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                fail("not the case after " + patience.toSeconds() + " s: " + what + "; attempts " + statusByKey() + "\n" + tail());
            }
            Thread.sleep(50);
        }
    }

    private String tail() throws IOException {
        StringBuilder out = new StringBuilder();
        try (var logs = Files.list(Path.of("target", "crash-test"))) {
            for (Path file : logs.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList()) {
                out.append(ChildJvm.tail(file, 40));
            }
        }
        return out.toString();
    }
}
