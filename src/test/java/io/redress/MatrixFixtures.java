package io.redress;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.redress.AuthorizationMatrix.Column;
import io.redress.AuthorizationMatrix.Side;
import io.redress.identity.DemoAccount;
import io.redress.orders.OrderJson;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
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
    private final Map<Side, String> cases = new EnumMap<>(Side.class);
    private final Map<Side, String> caseOrders = new EnumMap<>(Side.class);
    private final Map<String, String> issued = new HashMap<>();
    private final Map<Side, String> evidence = new EnumMap<>(Side.class);

    MatrixFixtures(MockMvc mvc) throws Exception {
        this.mvc = mvc;
        tokens.put(Column.INVALID_TOKEN, INVALID_TOKEN);
        tokens.put(Column.MARKETPLACE, DemoAccount.SERVICE_KEY);
        issued.put("buyer2", signIn("buyer2"));
        for (Column column : Column.values()) {
            if (column.username != null) {
                tokens.put(column, issued.computeIfAbsent(column.username, this::signIn));
            }
        }
        for (Side side : Side.values()) {
            orders.put(side, freshOrder(side));
            String orderId = freshOrder(side);
            caseOrders.put(side, orderId);
            cases.put(side, openCase(side, orderId));
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

    String theCase(Side side) {
        return cases.get(side);
    }

    /** A photo the side's buyer uploaded on the side's case, seen by both parties. */
    String evidence(Side side) {
        return evidence.computeIfAbsent(side, s -> {
            byte[] png = HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452000000010000000108000000003a7e9b55"
                    + "0000000049454e44ae426082");
            String buyer = issued.get(s == Side.OWN ? "buyer1" : "buyer2");
            try {
                String body = mvc.perform(multipart("/api/v1/cases/" + theCase(s) + "/evidence")
                                .file(new MockMultipartFile("file", "box.png", "image/png", png)).param("kind", "PHOTO")
                                .header(HttpHeaders.AUTHORIZATION, "Bearer " + buyer))
                        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
                return read(body).get("evidenceId").asString();
            } catch (Exception e) {
                throw new IllegalStateException("fixture upload failed", e);
            }
        });
    }

    /** A case just opened by the side's buyer (buyer1 or buyer2) on a fresh order of that side. */
    String freshCase(Side side) {
        return openCase(side, freshOrder(side));
    }

    private final Map<Side, String> disputes = new EnumMap<>(Side.class);

    /** A case of the side whose buyer escalated it after the seller refused (the dispute is REQUESTED). */
    String dispute(Side side) {
        return disputes.computeIfAbsent(side, this::freshDispute);
    }

    /**
     * A fresh dispute, at case version 3: the side's order shipped, its buyer asked for a refund, the shop's seller
     * refused and the buyer escalated.
     */
    String freshDispute(Side side) {
        String orderId = freshOrder(side);
        call(post("/api/v1/orders/" + orderId + "/fulfilment"), Column.MARKETPLACE,
                "{\"event\":\"SHIPPED\",\"carrier\":\"SF\",\"trackingNo\":\"SF" + orderId + "\"}", 200);
        String caseId = openCase(side, orderId);
        String seller = issued.computeIfAbsent(side == Side.OWN ? "seller1" : "seller2", this::signIn);
        String buyer = issued.get(side == Side.OWN ? "buyer1" : "buyer2");
        call(post("/api/v1/cases/" + caseId + "/refuse"), seller,
                "{\"version\":1,\"reasonCode\":\"SHIPPED\",\"message\":\"on its way\"}", 200);
        call(post("/api/v1/cases/" + caseId + "/escalate"), buyer, "{\"version\":2,\"message\":\"never came\"}", 200);
        return caseId;
    }

    /** An action every allowed caller may take on a fresh dispute at version 3. */
    String disputeAction(Column column) {
        return column == Column.SELLER_OWN || column == Column.SELLER_FOREIGN
                ? "{\"version\":3,\"ground\":\"LAWSUIT\"}" : "{\"version\":3}";
    }

    String note(Column column) {
        return "{\"text\":\"call the buyer back\"}";
    }

    /** The order of the class's case of a side. */
    String caseOrder(Side side) {
        return caseOrders.get(side);
    }

    private String openCase(Side side, String orderId) {
        String buyer = issued.get(side == Side.OWN ? "buyer1" : "buyer2");
        return read(call(post("/api/v1/cases"), buyer, application(orderId), 201)).get("caseId").asString();
    }

    String application(Column column) {
        return application(freshOrder(column.side));
    }

    private static String application(String orderId) {
        return "{\"orderId\":\"" + orderId + "\",\"type\":\"REFUND_ONLY\",\"reason\":\"NOT_RECEIVED\","
                + "\"lines\":[{\"lineId\":\"L1\",\"quantity\":1}]}";
    }

    /** A complaint about the platform on the class's case of the column's side. */
    String complaint(Column column) {
        return "{\"caseId\":\"" + theCase(column.side) + "\",\"against\":\"PLATFORM\",\"category\":\"OTHER\","
                + "\"message\":\"nobody answered\"}";
    }

    /** A complaint just filed by buyer1 on its case, waiting to be acknowledged. */
    String freshComplaint() {
        return read(call(post("/api/v1/complaints"), issued.get("buyer1"), complaint(Column.BUYER_OWN), 201))
                .get("complaintId").asString();
    }

    /** The party whose credit a column's own or foreign side is: buyer-1/buyer-2 for buyers, shop-1/shop-2 for sellers, else buyer-1. */
    static Map<String, Object> party(Column column) {
        boolean own = column.side == Side.OWN;
        boolean seller = column == Column.SELLER_OWN || column == Column.SELLER_FOREIGN;
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("partyId", (seller ? "shop-" : "buyer-") + (own ? "1" : "2"));
        variables.put("partyType", seller ? "shop" : "buyer");
        return variables;
    }

    private final Map<String, String> penalties = new HashMap<>();

    /** A warning agent1 issued to the column's party (one per party). */
    String penalty(Column column) {
        Map<String, Object> party = party(column);
        return penalties.computeIfAbsent(party.get("partyType") + ":" + party.get("partyId"), key -> freshPenalty(column));
    }

    /** A new warning agent1 issued to the column's party, for the cell to act on. */
    String freshPenalty(Column column) {
        Map<String, Object> party = party(column);
        String body = "{\"party\":\"" + party.get("partyType") + ":" + party.get("partyId") + "\",\"kind\":\"WARNING\","
                + "\"reasonCode\":\"MATRIX\",\"reasons\":\"who may act on a penalty\",\"duration\":\"P7D\"}";
        return read(call(post("/api/v1/penalties"), Column.AGENT, body, 201)).get("penaltyId").asString();
    }

    /** A warning to a buyer nobody else uses. */
    String newPenalty(Column column) {
        return "{\"party\":\"buyer:matrix-" + UUID.randomUUID() + "\",\"kind\":\"WARNING\",\"reasonCode\":\"MATRIX\","
                + "\"reasons\":\"a warning\",\"duration\":\"P7D\"}";
    }

    /** The subject's appeal, or an agent's revocation: the body carries both texts. */
    String penaltyAction(Column column) {
        return "{\"message\":\"it was not me\",\"reason\":\"issued in error\"}";
    }

    String signal(Column column) {
        return "{\"kind\":\"UNPAID_ORDER\",\"at\":\"" + java.time.Instant.now().minusSeconds(60) + "\",\"reference\":\"matrix-"
                + UUID.randomUUID() + "\"}";
    }

    /** A buyer's reinstatement request (the class's case is not refunded, so parties get 409 past authorization). */
    String reinstatement(Column column) {
        return "{\"kind\":\"REINSTATEMENT\",\"message\":\"I want it after all\"}";
    }

    String firstVersion(Column column) {
        return "{\"version\":1}";
    }

    String message(Column column) {
        return "{\"text\":\"a word on the record\"}";
    }

    String freshServiceKey() {
        return read(call(post("/api/v1/admin/service-keys"), Column.ADMIN, newServiceKey(Column.ADMIN), 201)).get("keyId").asString();
    }

    String freshUser() {
        return read(call(post("/api/v1/admin/users"), Column.ADMIN, newUser(Column.ADMIN), 201)).get("username").asString();
    }

    /** An account with postings: the escrow every captured order credits (captures are posted asynchronously). */
    String ledgerAccount() {
        String account = "PLATFORM_ESCROW";
        long giveUp = System.nanoTime() + Waiting.PATIENCE.toNanos();
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

    String login(Column column) {
        return "{\"username\":\"buyer3\",\"password\":\"demo\"}";
    }

    String newOrder(Column column) {
        return OrderJson.write(orderBody(OrderJson.freshId(), column.side));
    }

    String shipped(Column column) {
        return "{\"event\":\"SHIPPED\"}";
    }

    String quote(Column column) {
        return "{\"type\":\"RETURN_AND_REFUND\",\"reason\":\"NO_REASON\",\"lines\":[{\"lineId\":\"L1\",\"quantity\":1}]}";
    }

    String oneSecond(Column column) {
        return "{\"duration\":\"PT1S\"}";
    }

    String urgentPolicy(Column column) {
        return "{\"urgent\":true}";
    }

    String unsignedCallback(Column column) {
        return callback();
    }

    static String callback() {
        return "{\"externalKey\":\"matrix-" + UUID.randomUUID() + "\",\"pspReference\":\"psp-1\",\"amount\":100,"
                + "\"currency\":\"CNY\",\"status\":\"SUCCEEDED\",\"pspRefundId\":\"sbx-1\",\"message\":null,"
                + "\"payouts\":1,\"createdAt\":null}";
    }

    /**
     * A webhook endpoint of the demo marketplace key to an address nobody answers, disabled at once so that the
     * shared context's later events queue nothing for it.
     */
    String freshWebhookEndpoint() {
        String endpointId = read(call(post("/api/v1/webhooks/endpoints"), Column.MARKETPLACE,
                newWebhookEndpoint(Column.MARKETPLACE), 201)).get("endpoint").get("endpointId").asString();
        call(post("/api/v1/webhooks/endpoints/" + endpointId + "/disable"), Column.MARKETPLACE, "", 200);
        return endpointId;
    }

    String newWebhookEndpoint(Column column) {
        return "{\"url\":\"http://127.0.0.1:9/matrix\",\"eventTypes\":[\"refund.parked\"]}";
    }

    String replayMany(Column column) {
        return "{\"endpointId\":\"" + freshWebhookEndpoint() + "\"}";
    }

    /** A delivery still pending: its endpoint was disabled right after the case it reports was opened. */
    String pendingWebhookDelivery() {
        String endpointId = read(call(post("/api/v1/webhooks/endpoints"), Column.MARKETPLACE,
                "{\"url\":\"http://127.0.0.1:9/matrix\",\"eventTypes\":[\"case.created\"]}", 201))
                .get("endpoint").get("endpointId").asString();
        freshCase(Side.OWN);
        call(post("/api/v1/webhooks/endpoints/" + endpointId + "/disable"), Column.MARKETPLACE, "", 200);
        return read(call(get("/api/v1/webhooks/deliveries?endpoint=" + endpointId), Column.MARKETPLACE, "", 200))
                .get(0).get("deliveryId").asString();
    }

    String newServiceKey(Column column) {
        return "{\"name\":\"matrix-" + UUID.randomUUID() + "\"}";
    }

    String newUser(Column column) {
        return "{\"username\":\"matrix-" + UUID.randomUUID() + "\",\"password\":\"long-enough-secret\","
                + "\"displayName\":\"Matrix agent\",\"roles\":[\"AGENT\"]}";
    }

    String newShop(Column column) {
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
            return read(call(post("/api/v1/auth/token"), (String) null, body, 200)).get("token").asString();
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign in " + username, e);
        }
    }

    private String call(MockHttpServletRequestBuilder request, Column column, String body, int expected) {
        return call(request, column == null ? null : token(column), body, expected);
    }

    private String call(MockHttpServletRequestBuilder request, String token, String body, int expected) {
        try {
            if (token != null) {
                request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
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
