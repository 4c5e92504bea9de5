package io.redress.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.redress.ChildJvm;
import io.redress.RedressApplication;
import io.redress.identity.DemoAccount;
import io.redress.orders.OrderJson;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The broker profile against the RabbitMQ server at 127.0.0.1:5672 (guest/guest): the application runs as a child
 * process on an H2 file database, is killed with SIGKILL while cases move and started again on the same files. A
 * queue bound to redress.cases must hold every case event at least once, and per case the first delivery of each
 * version in version order. Skipped, saying so, when no RabbitMQ answers (.ci/run starts one).
 */
@Tag("broker")
class BrokerExternalizationIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(BrokerExternalizationIntegrationTest.class);
    private static final int CASES = 8;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final JsonMapper JSON = JsonMapper.shared();

    private final List<Process> started = new ArrayList<>();
    private final String run = "broker-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void stop() throws InterruptedException {
        for (Process process : started) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void caseEventsReachAQueueAtLeastOnceAndInOrderPerCaseAcrossAKill() throws Exception {
        assumeTrue(rabbitAnswers(), "RabbitMQ is not reachable at 127.0.0.1:5672: the broker test is skipped "
                + "(start rabbitmq-server; .ci/run does)");
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(5672);
        factory.setUsername("guest");
        factory.setPassword("guest");
        try (Connection connection = factory.newConnection(); Channel channel = connection.createChannel()) {
            channel.exchangeDeclare("redress.cases", "topic", true);
            String queue = "redress-test-" + run;
            channel.queueDeclare(queue, true, false, false, null);
            channel.queueBind(queue, "redress.cases", "#");
            try {
                prove(channel, queue);
            } finally {
                channel.queueDelete(queue);
            }
        }
    }

    private void prove(Channel channel, String queue) throws Exception {
        Path home = Files.createDirectories(Path.of("target", "broker-test", run)).toAbsolutePath();
        Node first = start(home, "first");
        String buyer = token(first, "buyer1");
        String seller = token(first, "seller1");
        List<String> caseIds = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            String orderId = OrderJson.freshId();
            post(first, "/api/v1/orders", DemoAccount.SERVICE_KEY, OrderJson.example(orderId), 201);
            String caseId = post(first, "/api/v1/cases", buyer, Map.of("orderId", orderId, "type", "REFUND_ONLY",
                    "reason", "NOT_RECEIVED", "lines", List.of(Map.of("lineId", "L1", "quantity", 1))), 201).get("caseId").asString();
            caseIds.add(caseId);
            if (i % 2 == 0) {
                post(first, "/api/v1/cases/" + caseId + "/agree", seller, Map.of("version", 1), 200);
            }
        }
        await("some case events on the queue", first, () -> messages(channel, queue) >= CASES);
        first.process.destroyForcibly();
        assertThat(first.process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        Node second = start(home, "second");
        String seller2 = token(second, "seller1");
        for (int i = 1; i < CASES; i += 2) {
            post(second, "/api/v1/cases/" + caseIds.get(i) + "/agree", seller2, Map.of("version", 1), 200);
        }
        // opened (1), agreed into REFUNDING (2), REFUNDED (3): at least three messages per case
        await("every case's events on the queue", second, () -> messages(channel, queue) >= CASES * 3L);
        Thread.sleep(2000);

        Map<String, List<Long>> versions = new LinkedHashMap<>();
        GetResponse message;
        int total = 0;
        while ((message = channel.basicGet(queue, true)) != null) {
            JsonNode event = JSON.readTree(new String(message.getBody(), StandardCharsets.UTF_8));
            assertThat(message.getEnvelope().getRoutingKey()).isEqualTo(event.get("caseId").asString());
            versions.computeIfAbsent(event.get("caseId").asString(), k -> new ArrayList<>()).add(event.get("version").asLong());
            total++;
        }
        assertThat(versions.keySet()).containsAll(caseIds);
        for (String caseId : caseIds) {
            List<Long> firsts = versions.get(caseId).stream().distinct().toList();
            assertThat(firsts).as("first arrival of each version of " + caseId).containsExactly(1L, 2L, 3L);
        }
        log.info("{} messages for {} cases on {} across a kill ({} repeats)", total, CASES, queue, total - CASES * 3);
    }

    private static long messages(Channel channel, String queue) {
        try {
            return channel.messageCount(queue);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean rabbitAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5672), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private record Node(String name, int port, Process process, Path log) {

        String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }
    }

    private Node start(Path home, String name) throws Exception {
        int port = ChildJvm.freePort();
        Path log = home.resolve(name + ".log");
        Process process = ChildJvm.start(RedressApplication.class, log, home, List.of("--server.port=" + port,
                "--spring.profiles.active=broker"));
        started.add(process);
        Node node = new Node(name, port, process, log);
        await(name + " ready", node, () -> {
            try {
                return HTTP.send(HttpRequest.newBuilder(URI.create(node.url("/actuator/health"))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException | InterruptedException notYet) {
                return false;
            }
        });
        return node;
    }

    private static void await(String what, Node node, BooleanSupplier done) throws Exception {
        long giveUp = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!done.getAsBoolean()) {
            if (!node.process().isAlive()) {
                fail(node.name() + " ended before " + what + ":\n" + ChildJvm.tail(node.log(), 40));
            }
            if (System.nanoTime() > giveUp) {
                fail("not the case after 120 s: " + what + "\n" + ChildJvm.tail(node.log(), 40));
            }
            Thread.sleep(200);
        }
    }

    private static String token(Node node, String username) throws Exception {
        return post(node, "/api/v1/auth/token", null, Map.of("username", username, "password", DemoAccount.PASSWORD), 200)
                .get("token").asString();
    }

    private static JsonNode post(Node node, String path, String bearer, Object body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url(path)))
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
}
