package io.redress;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.AuthorizationMatrix.Column;
import io.redress.AuthorizationMatrix.Side;
import io.redress.identity.DemoAccount;
import io.redress.orders.OrderJson;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The resources and credentials of the authorization matrix, made through the API with real credentials. */
final class MatrixFixtures {

    static final String INVALID_TOKEN = "not-a-token-" + UUID.randomUUID();

    private static final JsonMapper JSON = JsonMapper.shared();

    private final MockMvc mvc;
    private final Map<Column, String> tokens = new EnumMap<>(Column.class);
    private final Map<Side, String> orders = new EnumMap<>(Side.class);

    MatrixFixtures(MockMvc mvc) throws Exception {
        this.mvc = mvc;
        tokens.put(Column.INVALID_TOKEN, INVALID_TOKEN);
        tokens.put(Column.MARKETPLACE, DemoAccount.SERVICE_KEY);
        Map<String, String> issued = new HashMap<>();
        for (Column column : Column.values()) {
            if (column.username != null) {
                tokens.put(column, issued.computeIfAbsent(column.username, this::signIn));
            }
        }
        for (Side side : Side.values()) {
            orders.put(side, freshOrder(side));
        }
    }

    /** The bearer token of a column; none for the anonymous caller. */
    String token(Column column) {
        return tokens.get(column);
    }

    MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, Column column) {
        String token = token(column);
        return token == null ? request : request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }

    String order(Side side) {
        return orders.get(side);
    }

    String freshOrder(Side side) {
        String id = OrderJson.freshId();
        call(post("/api/v1/orders"), Column.MARKETPLACE, OrderJson.write(orderBody(id, side)), 201);
        return id;
    }

    String freshServiceKey() {
        return read(call(post("/api/v1/admin/service-keys"), Column.ADMIN, newServiceKey(Side.OWN), 201)).get("keyId").asString();
    }

    String freshUser() {
        return read(call(post("/api/v1/admin/users"), Column.ADMIN, newUser(Side.OWN), 201)).get("username").asString();
    }

    /** An account with postings: the escrow every captured order credits (captures are posted asynchronously). */
    String ledgerAccount() {
        String account = "PLATFORM_ESCROW";
        long giveUp = System.nanoTime() + 10_000_000_000L;
        while (statusOf(get("/api/v1/ledger/accounts/{account}/entries", account), Column.ADMIN) != 200) {
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException("no postings on " + account);
            }
            Thread.onSpinWait();
        }
        return account;
    }

    String policyProfile() {
        return "taobao";
    }

    /** A profile nobody uses, so that publishing it changes no case's rules. */
    String freshPolicyProfile() {
        return "matrix-" + UUID.randomUUID().toString().substring(0, 8);
    }

    String login(Side side) {
        return "{\"username\":\"buyer3\",\"password\":\"demo\"}";
    }

    String newOrder(Side side) {
        return OrderJson.write(orderBody(OrderJson.freshId(), side));
    }

    String shipped(Side side) {
        return "{\"event\":\"SHIPPED\"}";
    }

    String quote(Side side) {
        return "{\"type\":\"RETURN_AND_REFUND\",\"reason\":\"NO_REASON\",\"lines\":[{\"lineId\":\"L1\",\"quantity\":1}]}";
    }

    String oneSecond(Side side) {
        return "{\"duration\":\"PT1S\"}";
    }

    String urgentPolicy(Side side) {
        return "{\"urgent\":true}";
    }

    String unsignedCallback(Side side) {
        return callback();
    }

    static String callback() {
        return "{\"externalKey\":\"matrix-" + UUID.randomUUID() + "\",\"pspReference\":\"psp-1\",\"amount\":100,"
                + "\"currency\":\"CNY\",\"status\":\"SUCCEEDED\",\"pspRefundId\":\"sbx-1\",\"message\":null,"
                + "\"payouts\":1,\"createdAt\":null}";
    }

    String newServiceKey(Side side) {
        return "{\"name\":\"matrix-" + UUID.randomUUID() + "\"}";
    }

    String newUser(Side side) {
        return "{\"username\":\"matrix-" + UUID.randomUUID() + "\",\"password\":\"long-enough-secret\","
                + "\"displayName\":\"Matrix agent\",\"roles\":[\"AGENT\"]}";
    }

    String newShop(Side side) {
        return "{\"shopId\":\"shop-" + UUID.randomUUID() + "\",\"name\":\"Matrix shop\"}";
    }

    private static Map<String, Object> orderBody(String id, Side side) {
        Map<String, Object> order = OrderJson.example(id);
        order.put("buyerId", side == Side.OWN ? "buyer-1" : "buyer-2");
        order.put("shopId", side == Side.OWN ? "shop-1" : "shop-2");
        return order;
    }

    private String signIn(String username) {
        try {
            String body = "{\"username\":\"" + username + "\",\"password\":\"demo\"}";
            return read(call(post("/api/v1/auth/token"), null, body, 200)).get("token").asString();
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign in " + username, e);
        }
    }

    private String call(MockHttpServletRequestBuilder request, Column column, String body, int expected) {
        try {
            if (column != null) {
                as(request, column);
            }
            return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().is(expected))
                    .andReturn().getResponse().getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException("fixture request failed", e);
        }
    }

    private int statusOf(MockHttpServletRequestBuilder request, Column column) {
        try {
            return mvc.perform(as(request, column)).andReturn().getResponse().getStatus();
        } catch (Exception e) {
            throw new IllegalStateException("fixture request failed", e);
        }
    }

    private static JsonNode read(String json) {
        return JSON.readTree(json);
    }
}
