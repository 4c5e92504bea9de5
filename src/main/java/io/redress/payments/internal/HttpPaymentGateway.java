package io.redress.payments.internal;

import io.redress.payments.GatewayResult;
import io.redress.payments.GatewayUnavailable;
import io.redress.payments.PaymentGateway;
import io.redress.payments.PspStatementLine;
import io.redress.payments.sandbox.PspRefund;
import io.redress.payments.sandbox.PspRefundRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway client over HTTP, with connect and read timeouts. A timeout, an I/O error, a 5xx or an
 * unreadable answer is an unknown outcome ({@link GatewayUnavailable}), never a failure, and so are 429 (rate
 * limited) and 408; only an explicit answer (2xx with a status, or another 4xx refusal) is an outcome. A 429 or
 * 503 carries how long the PSP asked us to wait ({@link RetryAfter}), which {@link PacedGateway} honours.
 */
class HttpPaymentGateway implements PaymentGateway {

    private final URI baseUrl;
    private final Duration readTimeout;
    private final Supplier<URI> notifyUrl;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    HttpPaymentGateway(URI baseUrl, Duration connectTimeout, Duration readTimeout, Supplier<URI> notifyUrl) {
        this.baseUrl = baseUrl;
        this.readTimeout = readTimeout;
        this.notifyUrl = notifyUrl;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
    }

    @Override
    public GatewayResult refund(String pspReference, long amount, Currency currency, String externalKey) {
        URI notify = notifyUrl.get();
        byte[] body = json.writeValueAsBytes(new PspRefundRequest(externalKey, pspReference, amount,
                currency.getCurrencyCode(), notify == null ? null : notify.toString()));
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(baseUrl.resolve("/refunds"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), "refund " + externalKey);
        if (response.statusCode() >= 400) {
            return new GatewayResult(GatewayResult.Status.FAILED, null, amount, message(response));
        }
        return result(response, externalKey);
    }

    @Override
    public Optional<GatewayResult> query(String externalKey) {
        URI uri = baseUrl.resolve("/refunds/" + URLEncoder.encode(externalKey, StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri).GET(), "query " + externalKey);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() >= 400) {
            throw new GatewayUnavailable("PSP answered " + response.statusCode() + " to query " + externalKey, null);
        }
        return Optional.of(result(response, externalKey));
    }

    @Override
    public List<PspStatementLine> statement() {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(baseUrl.resolve("/refunds")).GET(), "list refunds");
        if (response.statusCode() >= 400) {
            throw new GatewayUnavailable("PSP answered " + response.statusCode() + " to the refund listing", null);
        }
        PspRefund[] refunds;
        try {
            refunds = json.readValue(response.body(), PspRefund[].class);
        } catch (JacksonException e) {
            throw new GatewayUnavailable("unreadable PSP refund listing", e);
        }
        List<PspStatementLine> lines = new ArrayList<>();
        for (PspRefund refund : refunds) {
            GatewayResult.Status status = GatewayResult.Status.valueOf(refund.status());
            Instant created = refund.createdAt() == null ? null : Instant.parse(refund.createdAt());
            // A refund the PSP paid out n times is n rows in its file; one it has not paid is a single row.
            for (int i = 0; i < Math.max(1, refund.payouts()); i++) {
                lines.add(new PspStatementLine(refund.externalKey(), refund.pspReference(), refund.amount(), status, created));
            }
        }
        return lines;
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request, String what) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.timeout(readTimeout).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new GatewayUnavailable("no answer from the PSP to " + what + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayUnavailable("interrupted while waiting for the PSP to " + what, e);
        }
        // 429 (over the PSP's rate limit) and 408 say the request was not handled: not a refusal, an unknown outcome
        if (response.statusCode() >= 500 || response.statusCode() == 429 || response.statusCode() == 408) {
            throw new GatewayUnavailable("PSP answered " + response.statusCode() + " to " + what, null,
                    RetryAfter.of(response).orElse(response.statusCode() == 429 ? RetryAfter.UNSAID : null));
        }
        return response;
    }

    private GatewayResult result(HttpResponse<byte[]> response, String externalKey) {
        try {
            PspRefund refund = json.readValue(response.body(), PspRefund.class);
            return new GatewayResult(GatewayResult.Status.valueOf(refund.status()), refund.pspRefundId(),
                    refund.amount(), refund.message());
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new GatewayUnavailable("unreadable PSP answer about " + externalKey, e);
        }
    }

    private String message(HttpResponse<byte[]> response) {
        try {
            Object message = json.readValue(response.body(), Map.class).get("message");
            return "PSP refused (" + response.statusCode() + "): " + message;
        } catch (JacksonException e) {
            return "PSP refused (" + response.statusCode() + ")";
        }
    }
}
