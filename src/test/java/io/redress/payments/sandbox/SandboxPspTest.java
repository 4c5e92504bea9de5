package io.redress.payments.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SandboxPspTest {

    /**
     * With Nagle's algorithm on the sandbox's sockets, each answer's body waits for the client's delayed
     * acknowledgement of its headers, at least 40 ms on Linux, so the median call cannot be under 40 ms; without it a
     * call on the loopback takes about a millisecond. 30 ms leaves a loaded machine thirty times the usual time.
     */
    @Test
    void answersEachRefundWithoutWaitingForTheClientsDelayedAcknowledgement() throws Exception {
        Path log = Files.createTempDirectory("sandbox-latency").resolve("child.log");
        Process child = ChildJvm.start(SandboxPspLatency.class, log, null, List.of());
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as(ChildJvm.tail(log, 40)).isTrue();
        assertThat(child.exitValue()).as(ChildJvm.tail(log, 40)).isZero();
        String line = Files.readAllLines(log).stream().filter(l -> l.startsWith("median-micros=")).findFirst()
                .orElse(null);
        assertThat(line).as(ChildJvm.tail(log, 40)).isNotNull();
        long medianMicros = Long.parseLong(line.substring("median-micros=".length()));
        assertThat(medianMicros).as("median sandbox call, µs").isLessThan(30_000);
    }
}
