package io.redress.aftersale;

import io.redress.ChildApplication;
import io.redress.identity.DemoAccount;
import io.redress.orders.OrderJson;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The HTTP calls of buyer-1, the marketplace and an admin against a running application process. */
final class ApiCalls {


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

    private static String token(ChildApplication node, String username) throws Exception {
        return node.token(username);
    }

    private static JsonNode post(ChildApplication node, String path, String bearer, Object body, int expected)
            throws Exception {
        return node.post(path, bearer, body, expected);
    }
}
