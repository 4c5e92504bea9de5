package io.redress;

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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An application process of its own: a main class of the test class path in a child JVM on a free port, on a
 * given database, its output in target/child-apps. For proofs that need real separate instances: their own
 * schedulers, event registries and clocks, killed and restarted like a real node.
 */
public final class ChildApplication implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final JsonMapper JSON = JsonMapper.shared();

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private ChildApplication(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts {@code main} on the database at {@code jdbcUrl} of the test server, with these extra arguments. */
    public static ChildApplication start(String name, Class<?> main, String jdbcUrl, List<String> arguments)
            throws IOException {
        int port = ChildJvm.freePort();
        Path log = Path.of("target", "child-apps", name + ".log");
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + FreshPostgresDatabase.USER,
                "--spring.datasource.password=" + FreshPostgresDatabase.PASSWORD,
                "--spring.profiles.active=postgres"));
        args.addAll(arguments);
        Process process = ChildJvm.start(main, log, null, args);
        return new ChildApplication(name, port, log, process);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** POSTs {@code body} as JSON with an optional bearer; fails unless the answer is {@code expected}. */
    public JsonNode post(String path, String bearer, Object body, int expected) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** A bearer token of a demo account (password {@link DemoAccount#PASSWORD}). */
    public String token(String username) throws IOException, InterruptedException {
        return post("/api/v1/auth/token", null, Map.of("username", username, "password", DemoAccount.PASSWORD), 200)
                .get("token").asString();
    }

    public Process process() {
        return process;
    }

    /** Waits until the application answers its health check; fails when it ends first or takes too long. */
    public ChildApplication awaitReady(Duration patience) throws IOException, InterruptedException {
        long giveUp = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < giveUp) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended (exit " + process.exitValue() + ") before it was ready:\n" + tail());
            }
            try {
                HttpResponse<Void> health = HTTP.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " was not ready after " + patience.toSeconds() + " s:\n" + tail());
    }

    /** The last 40 lines of its output, to show why it failed. */
    public String tail() throws IOException {
        return ChildJvm.tail(log, 40);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}
