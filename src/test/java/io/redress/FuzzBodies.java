package io.redress;

import io.redress.orders.OrderJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Bodies of the fuzz run that no schema describes: broken JSON and encodings, and edge values for named operations. */
final class FuzzBodies {

    private FuzzBodies() {
    }

    /** Bodies that are not one well-formed JSON object in UTF-8 (none of them is {}, which some operations accept). */
    static List<byte[]> structural() {
        List<byte[]> bodies = new ArrayList<>();
        for (String text : List.of("", "{", "}", "[]", "null", "123", "\"x\"", "{}}", "{\"a\":1,\"a\":2}", "{'a':1}",
                "{\"a\":1e999999}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\u0000\"}", "[".repeat(10_000) + "]".repeat(10_000),
                "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000), "{\"a\":1} trailing", "\u0000")) {
            bodies.add(text.getBytes(StandardCharsets.UTF_8));
        }
        bodies.add(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'});
        bodies.add(new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0});
        bodies.add("{\"a\":1}".getBytes(StandardCharsets.UTF_16LE));
        bodies.add(("{\"a\":\"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8));
        return bodies;
    }

    /**
     * Bodies right in every JSON type but with values at the edge, for operations where such a body once passed
     * and did harm: timestamps past what a column holds, epoch numbers, numbers for strings, absurd clock moves,
     * a blank shopId. Each must be refused.
     */
    static List<String> edges(String operation, Map<String, String> real) {
        return switch (operation) {
            case "POST /api/v1/orders" -> List.of(order("placedAt", "+999999999-12-31T23:59:59Z"),
                    order("paidAt", "-999999999-01-01T00:00:00+18:00"), order("placedAt", 1_700_000_000L),
                    order("orderId", 12345), order("currency", "CNY\u0000"));
            case "POST /api/v1/admin/clock/advance" -> List.of("{\"duration\":\"PT2562047788015215H\"}",
                    "{\"duration\":\"P3651D\"}", "{\"duration\":\"-PT1H\"}", "{\"duration\":\"PT0S\"}",
                    "{\"duration\":\"P106751991167300D\"}", "{\"duration\":3600}");
            case "POST /api/v1/admin/users" -> List.of("{\"username\":\"fuzz-agent\",\"password\":\"long-enough-pw-1\","
                    + "\"displayName\":\"x\",\"roles\":[\"AGENT\"],\"shopId\":\"\"}",
                    "{\"username\":\"fuzz-agent2\",\"password\":\"long-enough-pw-1\",\"displayName\":5,\"roles\":[\"AGENT\"]}");
            case "POST /api/v1/cases" -> List.of("{\"orderId\":\"" + real.get("orderId") + "\",\"type\":\"REFUND_ONLY\","
                    + "\"reason\":\"NOT_RECEIVED\",\"lines\":[{\"lineId\":\"L1\",\"quantity\":9223372036854775807}]}",
                    "{\"orderId\":" + 1 + ",\"type\":\"REFUND_ONLY\",\"reason\":\"NOT_RECEIVED\",\"lines\":[]}");
            default -> List.of();
        };
    }

    private static String order(String field, Object value) {
        Map<String, Object> order = OrderJson.example(OrderJson.freshId());
        order.put(field, value);
        return OrderJson.write(order);
    }
}
