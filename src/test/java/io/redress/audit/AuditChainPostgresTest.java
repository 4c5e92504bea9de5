package io.redress.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.FreshPostgresDatabase;
import io.redress.RedressPostgresTest;
import io.redress.identity.internal.ServiceKeys;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@RedressPostgresTest
class AuditChainPostgresTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 30;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditLog log;

    @Autowired
    ServiceKeys serviceKeys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void eightThreadsWritingFactsLeaveOneUnbrokenChainWithoutForksOrGaps() throws Exception {
        String run = UUID.randomUUID().toString();
        long before = jdbc.sql("SELECT COUNT(*) FROM audit_record").query(Long.class).single();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        AtomicInteger committedFacts = new AtomicInteger();
        AtomicInteger keys = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> writers = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            writers.add(pool.submit(() -> {
                for (int i = 0; i < ROUNDS; i++) {
                    if (i % 3 == 0) {
                        serviceKeys.create("audit-race-" + run);
                        keys.incrementAndGet();
                        continue;
                    }
                    boolean rollBack = i % 5 == 1;
                    int round = i;
                    try {
                        tx.executeWithoutResult(status -> {
                            trail.record(fact(run, thread, round, 1));
                            trail.record(fact(run, thread, round, 2));
                            if (rollBack) {
                                throw new IllegalStateException("rolled back on purpose");
                            }
                        });
                        committedFacts.addAndGet(2);
                    } catch (IllegalStateException expected) {
                        assertThat(rollBack).isTrue();
                    }
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        pool.shutdown();
        System.out.printf("audit race: %d facts from %d threads in %d ms%n", committedFacts.get() + keys.get(), THREADS,
                (System.nanoTime() - started) / 1_000_000);

        List<String> lines = jdbc.sql("SELECT line FROM audit_record ORDER BY seq").query(String.class).list();
        assertThat(lines.size()).isGreaterThanOrEqualTo((int) before + committedFacts.get() + keys.get());
        Set<Object> prevs = new HashSet<>();
        long seq = 0;
        for (String line : lines) {
            Map<String, Object> record = Chains.parse(line);
            assertThat(((Number) record.get("seq")).longValue()).isEqualTo(++seq);
            assertThat(prevs.add(record.get("prev"))).as("no two records follow the same hash").isTrue();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE subject LIKE ?").param("race:" + run + ":%")
                .query(Long.class).single()).isEqualTo(committedFacts.get());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE fact = 'admin.service-key-created' AND line LIKE ?")
                .param("%audit-race-" + run + "%").query(Long.class).single()).isEqualTo(keys.get());
        assertThat(log.verifyLive().finding()).isNull();
    }

    @Test
    void theApplicationsConnectionCanNeitherChangeNorDeleteARecord() {
        trail.record(fact("guard", 0, 0, 0));
        long seq = jdbc.sql("SELECT MAX(seq) FROM audit_record").query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_record SET fact = 'x' WHERE seq = ?").param(seq).update())
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_record WHERE seq = ?").param(seq).update())
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_record").update()).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_digest").update()).hasStackTraceContaining("append-only");
    }

    @Test
    void aSuperuserWhoBypassesTheTriggerIsCaughtByTheLiveCheckAndTheOfflineVerifier(@TempDir Path dir) throws Exception {
        trail.record(fact("tamper", 0, 0, 0));
        trail.record(fact("tamper", 0, 1, 0));
        long seq = jdbc.sql("SELECT MAX(seq) FROM audit_record").query(Long.class).single() - 1;
        String original = jdbc.sql("SELECT line FROM audit_record WHERE seq = ?").param(seq).query(String.class).single();
        String digest = jdbc.sql("SELECT hash FROM audit_chain_head").query(String.class).single();
        try (Connection superuser = superuser()) {
            asReplica(superuser, "UPDATE audit_record SET line = ? WHERE seq = ?", original.replace("\"RACE\"", "\"RACF\""), seq);
            assertThat(log.verifyLive().finding()).extracting(ChainVerifier.Finding::problem, ChainVerifier.Finding::seq)
                    .containsExactly(ChainVerifier.Problem.ALTERED, seq);
            assertThat(verifyExport(dir, digest)).contains("FAILED ALTERED").contains("(record " + seq + ")");

            asReplica(superuser, "DELETE FROM audit_record WHERE seq = ? AND line <> ?", seq, "");
            assertThat(log.verifyLive().finding().problem()).isEqualTo(ChainVerifier.Problem.MISSING);
            assertThat(verifyExport(dir, digest)).contains("FAILED MISSING");
        } finally {
            try (Connection superuser = superuser()) {
                asReplica(superuser, "DELETE FROM audit_record WHERE seq = ? AND line <> ?", seq, "");
                try (PreparedStatement restore = superuser.prepareStatement(
                        "INSERT INTO audit_record (seq, recorded_at, fact, subject, hash, line) VALUES (?, now(), 'test.tamper', ?, ?, ?)")) {
                    restore.setLong(1, seq);
                    restore.setString(2, (String) Chains.parse(original).get("subject"));
                    restore.setString(3, Chains.hashOf(original));
                    restore.setString(4, original);
                    restore.executeUpdate();
                }
            }
        }
        assertThat(log.verifyLive().finding()).isNull();
    }

    private String verifyExport(Path dir, String digest) throws Exception {
        Path file = dir.resolve("audit-" + UUID.randomUUID() + ".jsonl");
        try (var out = Files.newOutputStream(file)) {
            log.export(null, null, out);
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = AuditVerifyCommand.run(new String[] {file.toString(), "--digest", digest},
                new PrintStream(printed, true, StandardCharsets.UTF_8), System.err);
        assertThat(status).isEqualTo(1);
        return printed.toString(StandardCharsets.UTF_8);
    }

    private Connection superuser() throws Exception {
        String url;
        try (Connection app = dataSource.getConnection()) {
            url = app.getMetaData().getURL();
        }
        return DriverManager.getConnection(url, FreshPostgresDatabase.USER, FreshPostgresDatabase.PASSWORD);
    }

    /** Runs one statement with triggers off, which only a superuser may do. */
    private static void asReplica(Connection superuser, String sql, Object... params) throws Exception {
        try (Statement set = superuser.createStatement()) {
            set.execute("SET session_replication_role = replica");
        }
        try (PreparedStatement statement = superuser.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.executeUpdate();
        }
        try (Statement reset = superuser.createStatement()) {
            reset.execute("SET session_replication_role = origin");
        }
    }

    private static AuditFact fact(String run, int thread, int round, int n) {
        return new AuditFact("test.concurrent", "race:" + run + ":" + thread + ":" + round + ":" + n, "tester", "SYSTEM",
                "RACE", null, null, null, null, Map.of("thread", thread, "round", round));
    }
}
