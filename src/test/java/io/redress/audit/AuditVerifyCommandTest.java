package io.redress.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.RedressApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditVerifyCommandTest {

    @TempDir
    Path dir;

    private final List<String> chain = Chains.of(5, 1, Canonical.GENESIS);
    private final String digest = Chains.hashOf(chain.get(4));

    @Test
    void anIntactExportExitsZeroAndNamesTheDigestsRecord() throws Exception {
        Run run = run(write(chain), "--digest", digest.toUpperCase());
        assertThat(run.status).isZero();
        assertThat(run.out).contains("OK 5 records, seq 1 to 5").contains("is the hash of record 5");
    }

    @Test
    void aTamperedExportExitsOneNamingTheFirstBadRecord() throws Exception {
        List<String> tampered = new ArrayList<>(chain);
        tampered.set(2, Chains.altered(chain.get(2), "role", "ADMIN"));
        Run run = run(write(tampered), "--digest", digest);
        assertThat(run.status).isEqualTo(1);
        assertThat(run.out).contains("FAILED ALTERED at line 3 (record 3)");
    }

    @Test
    void badArgumentsExitTwo() throws Exception {
        assertThat(run(write(chain), "--digest", "abc").status).isEqualTo(2);
        assertThat(run(dir.resolve("none.jsonl")).status).isEqualTo(2);
        assertThat(AuditVerifyCommand.run(new String[0], System.out, new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
    }

    @Test
    void theApplicationsMainVerifiesWithoutStartingSpringOrADatabase() throws Exception {
        List<String> tampered = new ArrayList<>(chain);
        tampered.remove(1);
        Path file = write(tampered);
        Path log = dir.resolve("verify.log");
        Process valid = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), RedressApplication.class.getName(), "audit-verify", file.toString(),
                "--digest", digest).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(valid.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log);
        assertThat(valid.exitValue()).as(output).isEqualTo(1);
        // only the verifier's two lines: no banner, no log of a starting context or database
        assertThat(output.lines()).hasSize(2).first().asString()
                .startsWith("FAILED MISSING at line 2 (record 3): record 2 is missing");
    }

    private record Run(int status, String out) {
    }

    private Run run(Path file, String... options) {
        String[] args = new String[options.length + 1];
        args[0] = file.toString();
        System.arraycopy(options, 0, args, 1, options.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = AuditVerifyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
    }

    private Path write(List<String> lines) throws Exception {
        Path file = Files.createTempFile(dir, "audit", ".jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
