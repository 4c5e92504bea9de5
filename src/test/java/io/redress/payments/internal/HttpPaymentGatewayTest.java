package io.redress.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.payments.GatewayResult;
import io.redress.payments.GatewayUnavailable;
import io.redress.payments.PspStatementLine;
import io.redress.payments.sandbox.SandboxPsp;
import io.redress.payments.sandbox.SandboxSettings;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpPaymentGatewayTest {

    static final Currency CNY = Currency.getInstance("CNY");
    final SandboxPsp sandbox = new SandboxPsp(0, "secret");
    final HttpPaymentGateway gateway = new HttpPaymentGateway(sandbox.baseUrl(), Duration.ofSeconds(1), Duration.ofSeconds(2), () -> null);

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void concurrentCallsWithOneKeyPayOnce() throws Exception {
        String key = "k-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<GatewayResult>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            answers.add(pool.submit(() -> gateway.refund("psp-1", 700, CNY, key)));
        }
        for (Future<GatewayResult> answer : answers) {
            assertThat(answer.get().status()).isEqualTo(GatewayResult.Status.SUCCEEDED);
        }
        pool.shutdown();

        assertThat(gateway.statement()).filteredOn(line -> line.externalKey().equals(key)).singleElement()
                .extracting(PspStatementLine::amount).isEqualTo(700L);
    }

    @Test
    void serverErrorAndTimeoutAreUnknownNeverFailed() {
        sandbox.configure(new SandboxSettings(0, 1, 0, 0, 0, 0, 0, 0));
        assertThatThrownBy(() -> gateway.refund("psp-1", 100, CNY, "k-" + UUID.randomUUID()))
                .isInstanceOf(GatewayUnavailable.class).hasMessageContaining("503");

        sandbox.configure(new SandboxSettings(0, 0, 1, 3_000, 0, 0, 0, 0));
        String key = "k-" + UUID.randomUUID();
        assertThatThrownBy(() -> gateway.refund("psp-1", 100, CNY, key)).isInstanceOf(GatewayUnavailable.class);
        sandbox.configure(SandboxSettings.reliable());
        assertThat(gateway.query(key)).get().extracting(GatewayResult::status).isEqualTo(GatewayResult.Status.SUCCEEDED);
    }

    @Test
    void explicitRefusalIsFailedAndAnUnknownKeyIsEmpty() {
        String key = "k-" + UUID.randomUUID();
        gateway.refund("psp-1", 100, CNY, key);

        assertThat(gateway.refund("psp-1", 101, CNY, key).status()).isEqualTo(GatewayResult.Status.FAILED);
        assertThat(gateway.query("nobody")).isEmpty();
    }

    @Test
    void rateLimitedRefundIsUnknownNeverFailed() throws Exception {
        HttpServer limited = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        limited.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "1");
            exchange.sendResponseHeaders(429, -1);
            exchange.close();
        });
        limited.start();
        try {
            HttpPaymentGateway busy = new HttpPaymentGateway(URI.create("http://127.0.0.1:" + limited.getAddress().getPort()),
                    Duration.ofSeconds(1), Duration.ofSeconds(1), () -> null);
            assertThatThrownBy(() -> busy.refund("psp-1", 100, CNY, "k-" + UUID.randomUUID()))
                    .isInstanceOf(GatewayUnavailable.class).hasMessageContaining("429")
                    .satisfies(e -> assertThat(((GatewayUnavailable) e).retryAfter()).contains(Duration.ofSeconds(1)));
        } finally {
            limited.stop(0);
        }
    }

    @Test
    void unreachablePspIsUnknown() {
        HttpPaymentGateway nowhere = new HttpPaymentGateway(URI.create("http://127.0.0.1:1"), Duration.ofMillis(300),
                Duration.ofMillis(300), () -> null);
        assertThatThrownBy(() -> nowhere.query("k")).isInstanceOf(GatewayUnavailable.class);
    }
}
