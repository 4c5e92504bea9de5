package io.redress;

import io.redress.RawHttp.Response;
import io.redress.identity.DemoAccount;
import io.redress.orders.OrderJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The fuzz run's callers: a token per role, the same token forged expired, and an order and case to aim at. */
final class FuzzCallers {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final Map<String, String> USERS = Map.of("BUYER", "buyer1", "SELLER", "seller1", "AGENT", "agent1",
            "SENIOR_AGENT", "senior1", "AUDITOR", "auditor1", "ADMIN", "admin1");

    private final RawHttp http;
    private final Map<String, String> tokens = new HashMap<>();

    FuzzCallers(RawHttp http) {
        this.http = http;
    }

    /** A token of the role (the service key for MARKETPLACE); an authenticated buyer for roles not named. */
    String token(String role) {
        if (role.equals("MARKETPLACE")) {
            return DemoAccount.SERVICE_KEY;
        }
        return tokens.computeIfAbsent(USERS.getOrDefault(role, "buyer1"), this::signIn);
    }

    /** The token with its expiry moved an hour into the past and signed again with the server's key. */
    String expired(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return token + ".expired";
        }
        ObjectNode claims = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        long now = Instant.now().getEpochSecond();
        claims.put("iat", now - 7200).put("exp", now - 3600);
        String unsigned = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(RedressServerIntegrationTest.SIGNING_SECRET.getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return unsigned + "." + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(unsigned.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String pushOrder() {
        String orderId = OrderJson.freshId();
        expect(201, post("/api/v1/orders", DemoAccount.SERVICE_KEY, OrderJson.write(OrderJson.example(orderId))));
        return orderId;
    }

    String openCase(String orderId) {
        Response opened = expect(201, post("/api/v1/cases", token("BUYER"), "{\"orderId\":\"" + orderId
                + "\",\"type\":\"REFUND_ONLY\",\"reason\":\"NOT_RECEIVED\",\"lines\":[{\"lineId\":\"L1\",\"quantity\":1}]}"));
        return JSON.readTree(opened.body()).get("caseId").asString();
    }

    private String signIn(String username) {
        Response issued = expect(200, post("/api/v1/auth/token", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + DemoAccount.PASSWORD + "\"}"));
        return JSON.readTree(issued.body()).get("token").asString();
    }

    private Response post(String path, String token, String json) {
        Map<String, String> headers = new HashMap<>(Map.of("Content-Type", "application/json"));
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        try {
            return http.send("POST " + path + " HTTP/1.1", headers, json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response expect(int status, Response response) {
        if (response.status() != status) {
            throw new IllegalStateException("expected " + status + ": " + response.status() + " " + response.text());
        }
        return response;
    }
}
