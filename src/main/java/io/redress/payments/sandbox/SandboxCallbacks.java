package io.redress.payments.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/** Completes pending sandbox refunds after a delay and POSTs signed callbacks, duplicates included. */
final class SandboxCallbacks implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, SandboxPsp.daemon("psp-sandbox-callbacks"));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String secret;
    private final Clock clock;
    private final JsonMapper json;

    SandboxCallbacks(String secret, Clock clock, JsonMapper json) {
        this.secret = secret;
        this.clock = clock;
        this.json = json;
    }

    void completeLater(SandboxRefund refund, String notifyUrl, SandboxSettings settings) {
        timer.schedule(() -> {
            if (refund.succeed() && notifyUrl != null && !notifyUrl.isBlank()) {
                for (int i = 0; i <= settings.duplicateCallbacks(); i++) {
                    notify(notifyUrl, json.writeValueAsBytes(refund.view()));
                }
            }
        }, settings.callbackDelayMillis(), TimeUnit.MILLISECONDS);
    }

    private void notify(String notifyUrl, byte[] body) {
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(notifyUrl))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .header(CallbackSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(CallbackSignature.HEADER, CallbackSignature.sign(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException e) {
            // Lost callbacks are expected: the reconciler's query finds the outcome anyway.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
