package io.redress.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.RedressIntegrationTest;
import io.redress.Waiting;
import io.redress.orders.Callers;
import io.redress.orders.OrderJson;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RedressIntegrationTest
class WebhookDeliveryIntegrationTest {

    /** A buyer and a shop of their own, so that the cases left open here crowd no other test's queue of shop-1. */
    static final String BUYER_ID = "buyer-webhooks";
    static final String SHOP_ID = "shop-webhooks";

    static final RequestPostProcessor MARKETPLACE = Callers.marketplace();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private final TestReceiver receiver = newReceiver();

    @AfterEach
    void stop() {
        receiver.close();
        // the shared context outlives this test: its receiver is gone, so its endpoints stop receiving
        jdbc.sql("UPDATE webhook_endpoint SET enabled = FALSE WHERE url LIKE ?").param(receiver.url("/") + "%").update();
    }

    @Test
    void aPlayedCaseIsDeliveredSignedAndInOrderToTheReceiver() throws Exception {
        JsonNode registered = register(receiver.url("/hooks"), List.of("case.created", "case.transitioned",
                "refund.decided", "refund.succeeded", "refund.leg.succeeded"));
        receiver.trust(registered.get("secret").asString());
        String caseId = refundedCase();

        List<TestReceiver.Received> got = Waiting.until(() -> receiver.of(caseId),
                list -> list.stream().filter(r -> r.type().equals("case.transitioned")).count() >= 2);
        assertThat(got).allSatisfy(r -> assertThat(r.verified()).as("signature of " + r.body()).isTrue());
        assertThat(got.get(0).type()).isEqualTo("case.created");
        assertThat(got.get(0).json().get("id").asString()).isEqualTo(got.get(0).webhookId());
        assertThat(got.get(0).json().get("occurredAt").asString()).isNotBlank();
        assertThat(got.stream().map(TestReceiver.Received::type).toList())
                .containsSubsequence("case.created", "refund.decided", "refund.leg.succeeded", "refund.succeeded",
                        "case.transitioned");
        JsonNode decided = got.stream().filter(r -> r.type().equals("refund.decided")).findFirst().orElseThrow().json().get("data");
        assertThat(decided.get("action").asString()).isEqualTo("AGREE");
        assertThat(decided.get("instruments").get(0).get("pspReference").asString()).isNotBlank();
        List<Long> versions = got.stream().map(TestReceiver.Received::version).filter(v -> v >= 0).toList();
        assertThat(versions).isSorted();

        JsonNode log = Waiting.until(probe(() -> json(mvc.perform(get("/api/v1/webhooks/deliveries")
                .param("endpoint", registered.get("endpoint").get("endpointId").asString()).param("status", "SUCCEEDED")
                .with(MARKETPLACE)).andExpect(status().isOk()))), list -> list.size() >= got.size());
        assertThat(log.get(0).get("attemptLog").get(0).get("statusCode").asInt()).isEqualTo(200);
    }

    @Test
    void aFailingReceiverIsRetriedAndARedirectIsNotFollowed() throws Exception {
        receiver.answer(request -> receiver.received().size() < 3 ? 302 : 204);
        JsonNode registered = register(receiver.url("/hooks"), List.of("case.created"));
        receiver.trust(registered.get("secret").asString());
        String caseId = openedCase();

        List<TestReceiver.Received> got = Waiting.until(() -> receiver.of(caseId), list -> list.size() >= 3);
        assertThat(got).extracting(TestReceiver.Received::path).containsOnly("/hooks");
        assertThat(got).extracting(TestReceiver.Received::webhookId).containsOnly(got.get(0).webhookId());
        JsonNode delivery = Waiting.until(probe(() -> json(mvc.perform(get("/api/v1/webhooks/deliveries")
                        .param("endpoint", registered.get("endpoint").get("endpointId").asString()).with(MARKETPLACE))).get(0)),
                d -> d.get("status").asString().equals("SUCCEEDED"));
        assertThat(delivery.get("attemptLog")).hasSize(3);
        assertThat(delivery.get("attemptLog").get(0).get("statusCode").asInt()).isEqualTo(302);
        assertThat(delivery.get("attemptLog").get(0).get("error").asString()).contains("redirect");
        assertThat(delivery.get("attemptLog").get(2).get("statusCode").asInt()).isEqualTo(204);
    }

    @Test
    void aCasesNextEventWaitsWhileItsEarlierOneIsRetriedWhileOtherCasesGoOn() throws Exception {
        java.util.concurrent.atomic.AtomicInteger refusals = new java.util.concurrent.atomic.AtomicInteger();
        // the first case's creation is refused four times; everything else is taken at once. The case is known by
        // its order, chosen before the case exists: its first delivery may arrive before the case's id is answered.
        String orderId = pushOrder();
        receiver.answer(request -> request.json().get("data").path("orderId").asString("").equals(orderId)
                && request.type().equals("case.created") && refusals.incrementAndGet() <= 4 ? 500 : 200);
        JsonNode registered = register(receiver.url("/hooks"), List.of("case.created", "case.transitioned"));
        receiver.trust(registered.get("secret").asString());
        String held1 = json(mvc.perform(post("/api/v1/cases").with(Callers.buyer(BUYER_ID)).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(Map.of("orderId", orderId, "type", "REFUND_ONLY", "reason", "NOT_RECEIVED",
                        "lines", List.of(Map.of("lineId", "L1", "quantity", 1))))))).get("caseId").asString();
        mvc.perform(post("/api/v1/cases/" + held1 + "/agree").with(Callers.seller(SHOP_ID))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":1}")).andExpect(status().isOk());
        String other = openedCase();

        Waiting.until(() -> receiver.of(other), list -> !list.isEmpty());
        List<TestReceiver.Received> got = Waiting.until(() -> receiver.of(held1),
                list -> list.stream().filter(r -> r.type().equals("case.transitioned")).count() >= 2);
        List<String> types = got.stream().map(TestReceiver.Received::type).toList();
        assertThat(types.subList(0, 5)).as("four refusals and the success of case.created come first").containsOnly("case.created");
        assertThat(types.subList(5, types.size())).containsOnly("case.transitioned");
        assertThat(receiver.received().indexOf(receiver.of(other).get(0)))
                .as("another case is not held up by the first").isLessThan(receiver.received().indexOf(got.get(4)));
    }

    @Test
    void afterARotationBothSecretsSignUntilTheOverlapEnds() throws Exception {
        JsonNode registered = register(receiver.url("/hooks"), List.of("case.created"));
        String endpointId = registered.get("endpoint").get("endpointId").asString();
        String oldSecret = registered.get("secret").asString();
        JsonNode rotated = json(mvc.perform(post("/api/v1/webhooks/endpoints/" + endpointId + "/rotate-secret")
                .with(MARKETPLACE)).andExpect(status().isOk()));
        String newSecret = rotated.get("secret").asString();
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(oldSecret);
        assertThat(OffsetDateTime.parse(rotated.get("previousSecretExpiresAt").asString()).toInstant())
                .isAfter(clock.instant().plus(Duration.ofHours(23)));
        String caseId = openedCase();

        TestReceiver.Received got = Waiting.until(() -> receiver.of(caseId), list -> !list.isEmpty()).get(0);
        assertThat(got.signature().split(" ")).hasSize(2);
        for (String secret : List.of(oldSecret, newSecret)) {
            assertThat(StandardWebhooksVerifier.verifies(secret, got.webhookId(), got.timestamp(), got.signature(), got.body()))
                    .as("signed with " + (secret.equals(oldSecret) ? "the old" : "the new") + " secret").isTrue();
        }
        mvc.perform(get("/api/v1/webhooks/endpoints").with(MARKETPLACE))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].secret").doesNotExist());
    }

    @Test
    void aStalledReceiverHoldsAWorkerNoLongerThanTheReadTimeout() throws Exception {
        receiver.answer(request -> request.path().equals("/stall") ? 0 : 200);
        JsonNode stalled = register(receiver.url("/stall"), List.of("case.created"));
        String stalledId = stalled.get("endpoint").get("endpointId").asString();
        String caseId = openedCase();

        JsonNode delivery = Waiting.until(probe(() -> json(mvc.perform(get("/api/v1/webhooks/deliveries")
                        .param("endpoint", stalledId).with(MARKETPLACE))).get(0)),
                d -> d.get("attempts").asInt() >= 1);
        assertThat(delivery.get("status").asString()).isEqualTo("PENDING");
        assertThat(delivery.get("lastError").asString()).contains("no answer within");
        assertThat(delivery.get("attemptLog").get(0).get("durationMs").asLong()).isLessThan(10_000);
        assertThat(receiver.of(caseId)).isNotEmpty();
        mvc.perform(post("/api/v1/webhooks/endpoints/" + stalledId + "/disable").with(MARKETPLACE))
                .andExpect(status().isOk()).andExpect(jsonPath("$.endpoint.status").value("DISABLED"));
    }

    @Test
    void anEndpointFailingForThreeDaysIsDisabledUntilItsOwnerEnablesItAndReplaySendsTheSameEvent() throws Exception {
        receiver.answer(request -> 500);
        JsonNode registered = register(receiver.url("/hooks"), List.of("case.created"));
        String endpointId = registered.get("endpoint").get("endpointId").asString();
        jdbc.sql("UPDATE webhook_endpoint SET failing_since = ? WHERE endpoint_id = ?")
                .params(OffsetDateTime.now(clock).minusDays(3).minusMinutes(1), endpointId).update();
        openedCase();

        Waiting.until(probe(() -> json(mvc.perform(get("/api/v1/webhooks/endpoints").with(MARKETPLACE)))),
                list -> stream(list).anyMatch(e -> e.get("endpointId").asString().equals(endpointId)
                        && e.get("status").asString().equals("DISABLED")));
        int calls = receiver.received().size();
        Thread.sleep(1500);
        assertThat(receiver.received()).as("nothing is sent to a disabled endpoint").hasSize(calls);

        receiver.answer(request -> 200);
        mvc.perform(post("/api/v1/webhooks/endpoints/" + endpointId + "/enable").with(MARKETPLACE))
                .andExpect(status().isOk()).andExpect(jsonPath("$.endpoint.status").value("ENABLED"));
        JsonNode delivered = Waiting.until(probe(() -> json(mvc.perform(get("/api/v1/webhooks/deliveries")
                .param("endpoint", endpointId).with(MARKETPLACE))).get(0)), d -> d.get("status").asString().equals("SUCCEEDED"));

        mvc.perform(post("/api/v1/webhooks/deliveries/" + delivered.get("deliveryId").asString() + "/replay").with(MARKETPLACE))
                .andExpect(status().isOk()).andExpect(jsonPath("$.replayOf").value(delivered.get("deliveryId").asString()));
        List<TestReceiver.Received> all = Waiting.until(receiver::received,
                list -> list.stream().filter(r -> r.webhookId().equals(delivered.get("eventId").asString())).count() >= calls + 2);
        assertThat(all).extracting(TestReceiver.Received::webhookId).containsOnly(delivered.get("eventId").asString());
    }

    @Test
    void registrationRefusesWhatIsNotACatalogueTypeOrAUrl() throws Exception {
        mvc.perform(post("/api/v1/webhooks/endpoints").with(MARKETPLACE).contentType(MediaType.APPLICATION_JSON)
                        .content(OrderJson.write(Map.of("url", "ftp://x", "eventTypes", List.of("case.created", "case.eaten")))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("url", "eventTypes[1]")));
        mvc.perform(post("/api/v1/webhooks/endpoints").with(Callers.buyer(BUYER_ID)).contentType(MediaType.APPLICATION_JSON)
                        .content(OrderJson.write(Map.of("url", receiver.url("/x"), "eventTypes", List.of("case.created")))))
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherMarketplaceKeySeesNeitherTheEndpointNorItsDeliveries() throws Exception {
        JsonNode registered = register(receiver.url("/hooks"), List.of("case.created"));
        String endpointId = registered.get("endpoint").get("endpointId").asString();
        RequestPostProcessor other = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .authentication(new org.springframework.security.authentication.TestingAuthenticationToken(
                        new io.redress.identity.Caller("key-other", java.util.Set.of(io.redress.identity.Role.MARKETPLACE), null, null),
                        null, "ROLE_MARKETPLACE"));
        mvc.perform(post("/api/v1/webhooks/endpoints/" + endpointId + "/disable").with(other)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/webhooks/deliveries").param("endpoint", endpointId).with(other)).andExpect(status().isNotFound());
        JsonNode theirs = json(mvc.perform(get("/api/v1/webhooks/endpoints").with(other)).andExpect(status().isOk()));
        assertThat(stream(theirs).noneMatch(e -> e.get("endpointId").asString().equals(endpointId))).isTrue();
    }

    private JsonNode register(String url, List<String> types) throws Exception {
        return json(mvc.perform(post("/api/v1/webhooks/endpoints").with(MARKETPLACE).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(Map.of("url", url, "eventTypes", types)))).andExpect(status().isCreated()));
    }

    /** A refund-only case on a fresh unshipped order, agreed by the seller and paid by the sandbox PSP. */
    private String refundedCase() throws Exception {
        String caseId = openedCase();
        mvc.perform(post("/api/v1/cases/" + caseId + "/agree").with(Callers.seller(SHOP_ID))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":1}")).andExpect(status().isOk());
        Waiting.until(probe(() -> json(mvc.perform(get("/api/v1/cases/" + caseId).with(Callers.buyer(BUYER_ID))))),
                c -> c.get("status").asString().equals("REFUNDED"));
        return caseId;
    }

    private String openedCase() throws Exception {
        String orderId = pushOrder();
        return json(mvc.perform(post("/api/v1/cases").with(Callers.buyer(BUYER_ID)).contentType(MediaType.APPLICATION_JSON)
                        .content(OrderJson.write(Map.of("orderId", orderId, "type", "REFUND_ONLY", "reason", "NOT_RECEIVED",
                                "lines", List.of(Map.of("lineId", "L1", "quantity", 1)), "description", "not sent"))))
                .andExpect(status().isCreated())).get("caseId").asString();
    }

    interface Probe<T> {
        T get() throws Exception;
    }

    private static <T> java.util.function.Supplier<T> probe(Probe<T> probe) {
        return () -> {
            try {
                return probe.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    private static JsonNode json(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return JsonMapper.shared().readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static TestReceiver newReceiver() {
        try {
            return new TestReceiver();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String pushOrder() throws Exception {
        String orderId = OrderJson.freshId();
        Map<String, Object> order = OrderJson.example(orderId);
        order.put("buyerId", BUYER_ID);
        order.put("shopId", SHOP_ID);
        mvc.perform(post("/api/v1/orders").with(Callers.marketplace()).contentType(MediaType.APPLICATION_JSON)
                .content(OrderJson.write(order))).andExpect(status().isCreated());
        return orderId;
    }
}
