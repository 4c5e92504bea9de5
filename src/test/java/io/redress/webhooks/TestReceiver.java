package io.redress.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A marketplace's webhook receiver on a free local port: it checks each request's signature with
 * {@link StandardWebhooksVerifier} against the secrets it was given, keeps what arrived, and answers what
 * {@code answer} says for the request (200 by default).
 */
public final class TestReceiver implements AutoCloseable {

    /** One request as received. */
    public record Received(String path, String webhookId, String timestamp, String signature, String body, boolean verified,
            JsonNode json) {

        public String type() {
            return json.get("type").asString();
        }

        public String caseId() {
            return json.get("data").get("caseId").asString();
        }

        public long version() {
            return json.get("data").has("version") ? json.get("data").get("version").asLong() : -1;
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> secrets = new CopyOnWriteArrayList<>();
    private volatile Function<Received, Integer> answer = request -> 200;

    public TestReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
            boolean verified = secrets.stream().anyMatch(s -> StandardWebhooksVerifier.verifies(s, id, timestamp, signature, body));
            String path = exchange.getRequestURI().getPath();
            Received request = new Received(path, id, timestamp, signature, body, verified, JsonMapper.shared().readTree(body));
            received.add(request);
            int status = answer.apply(request);
            if (status == 302) {
                exchange.getResponseHeaders().add("Location", url("/elsewhere"));
            }
            if (status == 0) {
                sleep();
                status = 200;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    private static void sleep() {
        try {
            Thread.sleep(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void trust(String secret) {
        secrets.add(secret);
    }

    /**
     * The status to answer to each request, decided from that request itself (requests arrive concurrently, so
     * the last one in {@link #received()} may be another's); 0 stalls for 30 s before answering.
     */
    public void answer(Function<Received, Integer> answer) {
        this.answer = answer;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> of(String caseId) {
        return received.stream().filter(r -> r.json().get("data").has("caseId") && caseId.equals(r.caseId())).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
