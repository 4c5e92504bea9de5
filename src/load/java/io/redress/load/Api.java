package io.redress.load;

import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The calls of the load run against one running instance: the marketplace (demo service key), buyer1 and seller1
 * (demo accounts, signed in once per run: sign-ins are throttled per address). Orders get unique ids.
 */
final class Api {

    static final String SERVICE_KEY = "demo-marketplace-key";
    private static final JsonMapper JSON = JsonMapper.shared();

    private final Http1 http;
    private final String prefix = "LD-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private String buyer;
    private String seller;
    private String agent;

    Api(String base) {
        this.http = new Http1(base.replaceAll("/$", ""));
    }

    void signIn() throws Exception {
        buyer = token("buyer1");
        seller = token("seller1");
        agent = token("agent1");
    }

    private String token(String username) throws IOException {
        return json(post("/api/v1/auth/token", null, Map.of("username", username, "password", "demo"), 200)).get("token")
                .asString();
    }

    /** Pushes the two-T-shirt order of the README (paid 19600) for buyer-1 at shop-1 under a new id. */
    String pushOrder(long n) throws Exception {
        String id = prefix + n;
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("orderId", id);
        order.put("buyerId", "buyer-1");
        order.put("shopId", "shop-1");
        order.put("currency", "CNY");
        order.put("placedAt", "2026-11-20T10:00:00+08:00");
        order.put("paidAt", "2026-11-20T10:01:00+08:00");
        order.put("lines", List.of(Map.of("lineId", "L1", "sku", "TEE-RED-M", "title", "T-shirt", "category", "apparel",
                "quantity", 2, "unitPrice", 9900, "virtual", false, "noReasonReturn", "SUPPORTED")));
        order.put("discounts", List.of(Map.of("discountId", "D1", "kind", "SHOP_COUPON", "amount", 1000, "fundedBy",
                "SELLER", "appliesTo", List.of("L1"), "threshold", 15000)));
        order.put("shippingFee", 800);
        order.put("freeShipping", false);
        order.put("payments", List.of(Map.of("paymentId", "P1", "method", "ALIPAY_BALANCE", "amount", 19600,
                "pspReference", "PSP-" + id)));
        post("/api/v1/orders", SERVICE_KEY, order, 201);
        return id;
    }

    String ship(String orderId) throws Exception {
        post("/api/v1/orders/" + orderId + "/fulfilment", SERVICE_KEY,
                Map.of("event", "SHIPPED", "carrier", "SF", "trackingNo", "SF" + orderId.hashCode()), 200);
        return orderId;
    }

    String sign(String orderId) throws Exception {
        post("/api/v1/orders/" + orderId + "/fulfilment", SERVICE_KEY, Map.of("event", "SIGNED"), 200);
        return orderId;
    }

    String quote(String orderId) throws Exception {
        post("/api/v1/orders/" + orderId + "/refund-quotes", buyer, Map.of("type", "REFUND_ONLY", "reason", "QUALITY",
                "lines", List.of(Map.of("lineId", "L1", "quantity", 1))), 200);
        return orderId;
    }

    /** Opens a refund-only case for one unit of L1; the case id. */
    String apply(String orderId) throws Exception {
        return json(post("/api/v1/cases", buyer, Map.of("orderId", orderId, "type", "REFUND_ONLY", "reason", "QUALITY",
                "lines", List.of(Map.of("lineId", "L1", "quantity", 1))), 201)).get("caseId").asString();
    }

    /** seller1 agrees at version 1: the case enters REFUNDING and the payout starts. */
    String agree(String caseId) throws Exception {
        post("/api/v1/cases/" + caseId + "/agree", seller, Map.of("version", 1), 200);
        return caseId;
    }

    /** buyer1's identity (GET /api/v1/auth/me): no database work once the token's holder is remembered. */
    void me() throws Exception {
        get("/api/v1/auth/me", buyer);
    }

    /** The first page of buyer1's cases. */
    void myCases() throws Exception {
        get("/api/v1/cases?size=20", buyer);
    }

    /**
     * The page {@code pages} pages into buyer1's cases, following each page's next cursor (the last call's latency
     * is one page; the stage counts the walk as one call).
     */
    void myCasesDeep(int pages) throws Exception {
        String cursor = deepCursor;
        if (cursor == null) {
            JsonNode page = json(get("/api/v1/cases?size=20", buyer));
            for (int i = 1; i < pages && page.hasNonNull("next"); i++) {
                page = json(get("/api/v1/cases?size=20&cursor=" + page.get("next").asString(), buyer));
            }
            cursor = page.hasNonNull("next") ? page.get("next").asString() : "";
            deepCursor = cursor;
        }
        get("/api/v1/cases?size=20" + (cursor.isEmpty() ? "" : "&cursor=" + cursor), buyer);
    }

    private volatile String deepCursor;

    /** The first page of shop-1's queue, as seller1. */
    void sellerQueue() throws Exception {
        get("/api/v1/cases?size=20", seller);
    }

    /** The first page of the agents' queue (open disputes, most urgent SLA first), as agent1. */
    void agentsQueue() throws Exception {
        get("/api/v1/interventions?size=20", agent);
    }

    /** The case's status now. */
    String status(String caseId) throws Exception {
        return json(get("/api/v1/cases/" + caseId, buyer)).get("status").asString();
    }

    /** Milliseconds from the move to REFUNDING to the move to REFUNDED on the case's own timeline; -1 while not refunded. */
    long agreeToRefunded(String caseId) throws Exception {
        OffsetDateTime agreed = null;
        for (JsonNode entry : json(get("/api/v1/cases/" + caseId + "/timeline", buyer))) {
            String to = entry.get("to").asString();
            OffsetDateTime at = OffsetDateTime.parse(entry.get("at").asString());
            if (to.equals("REFUNDING") && agreed == null) {
                agreed = at;
            } else if (to.equals("REFUNDED") && agreed != null) {
                return Duration.between(agreed, at).toMillis();
            }
        }
        return -1;
    }

    /** The answer's body, when it came with the expected status; parsed only by the calls that read it. */
    private String get(String path, String bearer) throws IOException {
        return expect(path, http.get(path, bearer), 200);
    }

    private String post(String path, String bearer, Object body, int expected) throws IOException {
        return expect(path, http.post(path, bearer, JSON.writeValueAsString(body)), expected);
    }

    private static String expect(String path, Http1.Answer answer, int expected) throws IOException {
        if (answer.status() != expected) {
            throw new IOException(path + " answered " + answer.status() + ": "
                    + answer.body().substring(0, Math.min(300, answer.body().length())));
        }
        return answer.body();
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }
}
