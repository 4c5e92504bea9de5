package io.redress.webhooks.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One signed HTTP POST to a receiver. Redirects are not followed (a 3xx is a failure); the connection must open
 * within the connect timeout and the whole answer arrive within the read timeout, so that a stalled receiver holds
 * a worker no longer than both together.
 */
class DeliverySender {

    /** What the receiver said: its status code, or an error when it did not answer. */
    record Outcome(Integer statusCode, String error, long durationMs) {

        boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    /** The client's own request timeout answers first; this only guards against a client that never completes. */
    private static final Duration BACKSTOP = Duration.ofSeconds(1);

    private final HttpClient http;
    private final Duration readTimeout;
    private final EndpointUrls urls;

    DeliverySender(Duration connectTimeout, Duration readTimeout, EndpointUrls urls) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.readTimeout = readTimeout;
        this.urls = urls;
    }

    Outcome send(String url, String webhookId, List<String> secrets, String body) {
        long started = System.nanoTime();
        URI uri = URI.create(url);
        Optional<String> refused = urls.addressRefusal(uri.getHost());
        if (refused.isPresent()) {
            return new Outcome(null, "url " + refused.get(), 0);
        }
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(readTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Redress-Webhooks/1")
                .header("webhook-id", webhookId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.header(secrets, webhookId, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        CompletableFuture<HttpResponse<Void>> answer = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            int status = answer.get(readTimeout.plus(BACKSTOP).toMillis(), TimeUnit.MILLISECONDS).statusCode();
            return new Outcome(status, status >= 300 && status < 400 ? "redirect not followed" : null, elapsed(started));
        } catch (TimeoutException e) {
            answer.cancel(true);
            return new Outcome(null, "no answer within " + readTimeout, elapsed(started));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HttpTimeoutException && !(e.getCause() instanceof HttpConnectTimeoutException)) {
                return new Outcome(null, "no answer within " + readTimeout, elapsed(started));
            }
            Throwable cause = e.getCause() instanceof IOException io ? io : e.getCause();
            return new Outcome(null, cause.getClass().getSimpleName() + ": " + cause.getMessage(), elapsed(started));
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted", elapsed(started));
        }
    }

    private static long elapsed(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
