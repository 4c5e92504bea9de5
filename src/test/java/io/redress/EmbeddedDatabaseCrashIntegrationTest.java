package io.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.redress.identity.DemoAccount;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default configuration (the embedded H2 file database under ./data) started as a child JVM, fed orders over
 * HTTP by the marketplace, killed with SIGKILL in the middle and started again on the same files: every order it
 * answered 201 is still there. Without durable commits H2 keeps the last half second of commits in memory.
 */
class EmbeddedDatabaseCrashIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseCrashIntegrationTest.class);
    private static final int PUSHERS = 6;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 300;
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> started = new ArrayList<>();
    private final String prefix = "crash-" + UUID.randomUUID().toString().substring(0, 8);

    @TempDir
    Path home;

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (Process process : started) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyOrderAnswered201BeforeKillNineIsThereAfterTheRestart() throws Exception {
        int port = ChildJvm.freePort();
        Process app = start("first", port);
        awaitUp(app, port, "first");

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicReference<String> lastRefusal = new AtomicReference<>("none");
        long pushing = System.nanoTime();
        ExecutorService pushers = Executors.newFixedThreadPool(PUSHERS);
        for (int p = 0; p < PUSHERS; p++) {
            int pusher = p;
            pushers.submit(() -> push(port, pusher, acknowledged, killed, lastRefusal));
        }
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL) {
            if (System.nanoTime() > deadline || !app.isAlive()) {
                fail("only " + acknowledged.size() + " orders acknowledged; last refusal " + lastRefusal + "\n" + tail("first"));
            }
            Thread.sleep(20);
        }
        app.destroyForcibly();
        double perSecond = acknowledged.size() / ((System.nanoTime() - pushing) / 1e9);
        assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        killed.set(true);
        pushers.shutdown();
        assertThat(pushers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(app.exitValue()).as("exit status of a process killed by SIGKILL").isEqualTo(128 + 9);

        int again = ChildJvm.freePort();
        Process restarted = start("restart", again);
        awaitUp(restarted, again, "restart");
        List<String> lost = acknowledged.stream().filter(orderId -> !stored(again, orderId)).sorted().toList();
        log.info("{} orders answered 201 before SIGKILL ({} a second), {} of them missing after the restart",
                acknowledged.size(), Math.round(perSecond), lost.size());
        assertThat(lost).as("orders answered 201 before the kill but missing after the restart (of %d)", acknowledged.size())
                .isEmpty();
    }

    /** Pushes orders one after another until the application is gone, remembering those answered 201. */
    private void push(int port, int pusher, Set<String> acknowledged, AtomicBoolean killed, AtomicReference<String> lastRefusal) {
        for (int i = 0; i < 100_000 && !killed.get(); i++) {
            String orderId = prefix + "-" + pusher + "-" + i;
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/orders"))
                        .timeout(Duration.ofSeconds(10))
                        .header("Authorization", "Bearer " + DemoAccount.SERVICE_KEY)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(order(orderId))).build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 201) {
                    acknowledged.add(orderId);
                } else {
                    lastRefusal.set(answer.statusCode() + " " + answer.body());
                }
            } catch (IOException gone) {
                lastRefusal.set(gone.toString());
                if (killed.get()) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean stored(int port, String orderId) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/orders/" + orderId))
                    .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + DemoAccount.SERVICE_KEY).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("could not ask for " + orderId, e);
        }
    }

    private static String order(String orderId) {
        return """
                {"orderId": "%s", "buyerId": "buyer-1", "shopId": "shop-1", "currency": "CNY",
                 "placedAt": "2026-11-20T10:00:00+08:00", "paidAt": "2026-11-20T10:01:00+08:00",
                 "lines": [{"lineId": "L1", "sku": "TEE-RED-M", "title": "T-shirt", "category": "apparel",
                            "quantity": 2, "unitPrice": 9900, "virtual": false, "noReasonReturn": "SUPPORTED"}],
                 "discounts": [{"discountId": "D1", "kind": "SHOP_COUPON", "amount": 1000, "fundedBy": "SELLER",
                                "appliesTo": ["L1"], "threshold": 15000}],
                 "shippingFee": 800, "freeShipping": false,
                 "payments": [{"paymentId": "P1", "method": "ALIPAY_BALANCE", "amount": 19600, "pspReference": "%s"}]}
                """.formatted(orderId, "psp-" + orderId);
    }

    /** The default configuration, with only the port chosen: ./data resolves in the test's temporary directory. */
    private Process start(String name, int port) throws IOException {
        Process process = ChildJvm.start(RedressApplication.class, logOf(name), home, List.of("--server.port=" + port));
        started.add(process);
        return process;
    }

    private void awaitUp(Process app, int port, String name) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!up(port)) {
            if (!app.isAlive() || System.nanoTime() > deadline) {
                fail("the application did not come up:\n" + tail(name));
            }
            Thread.sleep(100);
        }
    }

    private boolean up(int port) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private Path logOf(String name) {
        return Path.of("target", "crash-test", prefix + "-" + name + ".log").toAbsolutePath();
    }

    private String tail(String name) throws IOException {
        return ChildJvm.tail(logOf(name), 40);
    }
}
