package io.redress.payments.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.json.JsonMapper;

/**
 * A payment service provider for development and tests, served over real HTTP on its own port. It keeps its
 * own record of refunds by external key: a repeated key answers with the first refund and never pays twice.
 * Endpoints: POST /refunds, GET /refunds/{externalKey}, GET /refunds, GET and PUT /settings.
 */
public class SandboxPsp implements AutoCloseable {

    /**
     * The JDK's HTTP server writes a response's headers and its body as two segments. With Nagle's algorithm on its
     * sockets (the JDK's default) the body waits until the client acknowledges the headers, and the client delays
     * that acknowledgement (40 ms on Linux): every call took 40 ms or more however idle both sides were, so four
     * sender threads paid out at most about a hundred refunds a second. The server reads this property once, when
     * the first server of the process starts; this sets it unless the process already chose.
     */
    static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(16, daemon("psp-sandbox"));
    private final Map<String, SandboxRefund> refunds = new ConcurrentHashMap<>();
    private final SandboxCallbacks callbacks;
    private final JsonMapper json = JsonMapper.builder().build();
    private volatile SandboxSettings settings = SandboxSettings.reliable();

    public SandboxPsp(int port, String callbackSecret) {
        this(port, callbackSecret, Clock.systemUTC());
    }

    /** Signs callbacks with {@code clock}: the application's, so that a moved development clock still accepts them. */
    public SandboxPsp(int port, String callbackSecret, Clock clock) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (IOException e) {
            throw new IllegalStateException("the sandbox PSP cannot listen on port " + port, e);
        }
        callbacks = new SandboxCallbacks(callbackSecret, clock, json);
        server.setExecutor(workers);
        server.createContext("/refunds", this::refunds);
        server.createContext("/settings", this::settings);
        server.start();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public SandboxSettings settings() {
        return settings;
    }

    public void configure(SandboxSettings settings) {
        this.settings = settings;
    }

    /** The sandbox's own books: every refund it has a record of. */
    public List<PspRefund> records() {
        return refunds.values().stream().map(SandboxRefund::view)
                .sorted(Comparator.comparing(PspRefund::externalKey)).toList();
    }

    public Optional<PspRefund> record(String externalKey) {
        return Optional.ofNullable(refunds.get(externalKey)).map(SandboxRefund::view);
    }

    /**
     * How many refund requests came under {@code externalKey} after the sandbox already held that refund. The
     * sandbox's de-duplication makes them harmless here, so payouts cannot show them; this shows whether the
     * client sent a key again that the PSP had recorded, which a client must not rely on any PSP to forgive.
     */
    public int repeatedRequests(String externalKey) {
        SandboxRefund refund = refunds.get(externalKey);
        return refund == null ? 0 : refund.repeats();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        callbacks.close();
    }

    private void refunds(HttpExchange exchange) throws IOException {
        try (exchange) {
            SandboxSettings now = settings;
            pause(now.latencyMillis());
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/refunds") && method.equals("GET")) {
                respond(exchange, 200, records());
            } else if (roll(now.failureRate())) {
                respond(exchange, 503, Map.of("message", "sandbox failure"));
            } else if (path.equals("/refunds") && method.equals("POST")) {
                refund(exchange, now);
            } else if (path.startsWith("/refunds/") && method.equals("GET")) {
                String key = URLDecoder.decode(path.substring("/refunds/".length()), StandardCharsets.UTF_8);
                SandboxRefund found = refunds.get(key);
                respond(exchange, found == null ? 404 : 200, found == null ? Map.of("message", "no such refund") : found.view());
            } else {
                respond(exchange, 405, Map.of("message", "not supported"));
            }
        }
    }

    private void refund(HttpExchange exchange, SandboxSettings now) throws IOException {
        PspRefundRequest request;
        try {
            request = json.readValue(exchange.getRequestBody(), PspRefundRequest.class);
        } catch (RuntimeException e) {
            respond(exchange, 400, Map.of("message", "unreadable refund request"));
            return;
        }
        if (request.externalKey() == null || request.externalKey().isBlank() || request.amount() <= 0) {
            respond(exchange, 400, Map.of("message", "externalKey and a positive amount are required"));
            return;
        }
        SandboxRefund fresh = new SandboxRefund(request, roll(now.declineRate()) ? "FAILED"
                : roll(now.pendingRate()) ? "PENDING" : "SUCCEEDED");
        SandboxRefund prior = refunds.putIfAbsent(request.externalKey(), fresh);
        SandboxRefund refund = prior == null ? fresh : prior;
        if (prior != null && !prior.matches(request)) {
            respond(exchange, 409, Map.of("status", "FAILED", "message", "external key reused for a different refund"));
            return;
        }
        if (prior != null) {
            prior.repeated();
        }
        if (prior == null && fresh.view().status().equals("PENDING")) {
            callbacks.completeLater(fresh, request.notifyUrl(), now);
        }
        if (prior == null && roll(now.timeoutRate())) {
            pause(now.stallMillis());
        }
        respond(exchange, 200, refund.view());
    }

    private void settings(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (exchange.getRequestMethod().equals("PUT")) {
                try {
                    configure(json.readValue(exchange.getRequestBody(), SandboxSettings.class));
                } catch (RuntimeException e) {
                    respond(exchange, 400, Map.of("message", "invalid settings: " + e.getMessage()));
                    return;
                }
            }
            respond(exchange, 200, settings);
        }
    }

    private void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            // The client gave up (a simulated timeout); the refund stays recorded as it was.
        }
    }

    private static boolean roll(double rate) {
        return rate > 0 && ThreadLocalRandom.current().nextDouble() < rate;
    }

    static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
