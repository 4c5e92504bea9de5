package io.redress.aftersale;

import io.redress.ChildApplication;
import io.redress.identity.DemoAccount;
import io.redress.orders.OrderJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP calls of buyer-1, the marketplace and an admin against a running application process. */
final class ApiCalls {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.shared();

    /** Publishes an urgent change of the default policy: a seller must answer an unshipped order's case this fast. */
    void shortenSellersReplyTime(ChildApplication node, String duration) throws Exception {
        post(node, "/api/v1/admin/policies/taobao/versions", token(node, "admin1"), Map.of("urgent", true,
                "timers", Map.of("T_SELLER_UNSHIPPED", Map.of("duration", duration, "clock", "CALENDAR"))), 201);
    }

    /** Pushes the example order (2 units, paid 19600 with one payment) as the marketplace. */
    String pushOrder(ChildApplication node, String orderId) throws Exception {
        post(node, "/api/v1/orders", DemoAccount.SERVICE_KEY, OrderJson.example(orderId), 201);
        return orderId;
    }

    /** Asks a refund of both units of the order, not received, as buyer-1; the case id. */
    String openRefundOnlyCase(ChildApplication node, String orderId) throws Exception {
        return post(node, "/api/v1/cases", token(node, "buyer1"), Map.of("orderId", orderId, "type", "REFUND_ONLY",
                "reason", "NOT_RECEIVED", "lines", List.of(Map.of("lineId", "L1", "quantity", 2)),
                "description", "nothing was sent"), 201).get("caseId").asString();
    }

    private String token(ChildApplication node, String username) throws Exception {
        return post(node, "/api/v1/auth/token", null, Map.of("username", username, "password", DemoAccount.PASSWORD), 200)
                .get("token").asString();
    }

    private static JsonNode post(ChildApplication node, String path, String bearer, Object body, int expected)
            throws IOException, InterruptedException {
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
