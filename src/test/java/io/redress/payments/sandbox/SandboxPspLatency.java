package io.redress.payments.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Arrays;

/**
 * Run in a JVM of its own ({@link SandboxPspTest}): starts the sandbox PSP, asks it for refunds one after the other
 * over one kept-alive connection, as a sender thread does, and prints the median time of a call in microseconds.
 * A JVM of its own, because the JDK's HTTP server reads its socket options once per process: another test's server
 * started first in the test JVM would decide them for the sandbox.
 */
public final class SandboxPspLatency {

    static final int CALLS = 21;

    public static void main(String[] args) throws Exception {
        try (SandboxPsp psp = new SandboxPsp(0, "latency-secret", Clock.systemUTC())) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            long[] micros = new long[CALLS];
            for (int i = -5; i < CALLS; i++) {
                String body = "{\"externalKey\":\"latency-" + i + "\",\"pspReference\":\"pay-1\",\"amount\":100,\"currency\":\"CNY\"}";
                long start = System.nanoTime();
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(psp.baseUrl().resolve("/refunds"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("the sandbox answered " + answer.statusCode() + ": " + answer.body());
                }
                if (i >= 0) { // the first five open the connection and warm both sides
                    micros[i] = (System.nanoTime() - start) / 1_000;
                }
            }
            Arrays.sort(micros);
            System.out.println("median-micros=" + micros[CALLS / 2]);
        }
    }
}
