package io.redress.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.redress.ChildApplication;
import io.redress.FreshPostgresDatabase;
import io.redress.RedressApplication;
import io.redress.identity.DemoAccount;
import io.redress.orders.OrderJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

/**
 * The application is killed with SIGKILL while it delivers webhooks to a slow receiver, then started again on the
 * same PostgreSQL database. Every event the outbox holds must reach the receiver at least once, signed, and for each
 * case no event may arrive before every earlier event of that case has arrived.
 */
@Tag("postgres")
class WebhookCrashPostgresTest {

    private static final Logger log = LoggerFactory.getLogger(WebhookCrashPostgresTest.class);
    private static final int CASES = 12;
    private static final List<String> SETTINGS = List.of("--redress.webhooks.poll-interval=100ms",
            "--redress.webhooks.lease=6s", "--redress.webhooks.connect-timeout=1s", "--redress.webhooks.read-timeout=2s",
            "--redress.webhooks.first-retry=200ms", "--redress.webhooks.max-retry-delay=1s");

    private final List<ChildApplication> nodes = new ArrayList<>();
    private TestReceiver receiver;

    @AfterEach
    void stop() throws InterruptedException {
        for (ChildApplication node : nodes) {
            node.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void everyEventArrivesAtLeastOnceAndInOrderPerCaseAcrossAKill() throws Exception {
        receiver = new TestReceiver();
        // slow enough that the kill lands while deliveries are queued, and now and then a failure to retry
        receiver.answer(request -> {
            sleep(250);
            return Math.random() < 0.1 ? 503 : 200;
        });
        String database = FreshPostgresDatabase.create("redress_test_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000);
        String jdbcUrl = FreshPostgresDatabase.SERVER + database;
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(jdbcUrl, FreshPostgresDatabase.USER, FreshPostgresDatabase.PASSWORD));

        ChildApplication first = start("webhooks-first", jdbcUrl);
        JsonNode endpoint = post(first, "/api/v1/webhooks/endpoints", DemoAccount.SERVICE_KEY, Map.of("url", receiver.url("/hooks"),
                "eventTypes", List.of("case.created", "case.transitioned", "refund.leg.succeeded", "refund.succeeded")), 201);
        receiver.trust(endpoint.get("secret").asString());
        String buyer = token(first, "buyer1");
        String seller = token(first, "seller1");
        List<String> caseIds = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            String orderId = OrderJson.freshId();
            post(first, "/api/v1/orders", DemoAccount.SERVICE_KEY, OrderJson.example(orderId), 201);
            String caseId = post(first, "/api/v1/cases", buyer, Map.of("orderId", orderId, "type", "REFUND_ONLY",
                    "reason", "NOT_RECEIVED", "lines", List.of(Map.of("lineId", "L1", "quantity", 1))), 201).get("caseId").asString();
            post(first, "/api/v1/cases/" + caseId + "/agree", seller, Map.of("version", 1), 200);
            caseIds.add(caseId);
        }
        await("a third of the events received", first, () -> receiver.received().size() >= CASES * 5 / 3);
        first.process().destroyForcibly();
        assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        long pendingAtKill = jdbc.sql("SELECT COUNT(*) FROM webhook_delivery WHERE status = 'PENDING'").query(Long.class).single();
        long receivedAtKill = receiver.received().stream().map(TestReceiver.Received::webhookId).distinct().count();
        long eventsAtKill = jdbc.sql("SELECT COUNT(*) FROM webhook_event").query(Long.class).single();
        assertThat(pendingAtKill).as("deliveries still pending when the node died").isPositive();
        assertThat(receivedAtKill).as("events received when the node died, of " + eventsAtKill).isLessThan(eventsAtKill);

        ChildApplication second = start("webhooks-second", jdbcUrl);
        await("every case refunded and every delivery succeeded", second, () ->
                jdbc.sql("SELECT COUNT(*) FROM after_sale_case WHERE case_id IN (" + quoted(caseIds) + ") AND status = 'REFUNDED'")
                        .query(Long.class).single() == CASES
                && jdbc.sql("SELECT COUNT(*) FROM webhook_delivery WHERE status <> 'SUCCEEDED'").query(Long.class).single() == 0);

        List<TestReceiver.Received> received = receiver.received();
        assertThat(received).allSatisfy(r -> assertThat(r.verified()).as("signature of " + r.webhookId()).isTrue());
        Map<String, List<String>> eventsByCase = new HashMap<>();
        jdbc.sql("SELECT ev.subject, ev.event_id FROM webhook_delivery d JOIN webhook_event ev ON ev.event_id = d.event_id"
                        + " WHERE d.replay_of IS NULL ORDER BY d.seq")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> eventsByCase.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        assertThat(eventsByCase.keySet()).containsExactlyInAnyOrderElementsOf(caseIds);
        assertThat(eventsByCase.values()).allSatisfy(events -> assertThat(events).hasSize(5));
        Set<String> arrived = new HashSet<>();
        for (TestReceiver.Received r : received) {
            List<String> ofCase = eventsByCase.get(r.caseId());
            List<String> earlier = ofCase.subList(0, ofCase.indexOf(r.webhookId()));
            assertThat(arrived).as(r.type() + " " + r.webhookId() + " of " + r.caseId() + " arrived after every earlier event of its case")
                    .containsAll(earlier);
            arrived.add(r.webhookId());
        }
        assertThat(arrived).as("every event arrived at least once")
                .containsExactlyInAnyOrderElementsOf(eventsByCase.values().stream().flatMap(List::stream).toList());
        log.info("{} events of {} cases; {} received before the kill with {} deliveries pending; {} requests in all ({} repeats)",
                arrived.size(), CASES, receivedAtKill, pendingAtKill, received.size(), received.size() - arrived.size());
    }

    private ChildApplication start(String name, String jdbcUrl) throws Exception {
        ChildApplication node = ChildApplication.start(name, RedressApplication.class, jdbcUrl, SETTINGS);
        nodes.add(node);
        return node.awaitReady(Duration.ofSeconds(120));
    }

    private static String quoted(List<String> ids) {
        return String.join(",", ids.stream().map(id -> "'" + id + "'").toList());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void await(String what, ChildApplication node, BooleanSupplier done) throws Exception {
        long giveUp = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!done.getAsBoolean()) {
            if (!node.process().isAlive()) {
                fail("the application ended before " + what + ":\n" + node.tail());
            }
            if (System.nanoTime() > giveUp) {
                fail("not the case after 120 s: " + what + "\n" + node.tail());
            }
            Thread.sleep(100);
        }
    }

    private static String token(ChildApplication node, String username) throws Exception {
        return node.token(username);
    }

    private static JsonNode post(ChildApplication node, String path, String bearer, Object body, int expected)
            throws Exception {
        return node.post(path, bearer, body, expected);
    }
}
