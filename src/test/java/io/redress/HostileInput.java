package io.redress;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile values for the fields of an OpenAPI schema, drawn from one seeded Random: edges of every type
 * (empty, huge, negative, overflowing, out-of-range timestamps, absurd durations, control characters, lone
 * surrogates), and for one field a value of the wrong JSON type, so that no generated body is valid.
 */
final class HostileInput {

    private static final JsonNodeFactory NODES = JsonMapper.shared().getNodeFactory();
    static final List<String> STRINGS = List.of("", " ", "\t\n", "\u0000", "null", "\uD83D\uDCA5\u202E\u0301",
            "<script>alert(1)</script>", "' OR '1'='1' --", "../../etc/passwd", "%zz%00",
            "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00+18:00", "1700000000", "NaN", "-0", "1e309");
    static final List<String> TIMESTAMPS = List.of("+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00+18:00",
            "+10000-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "2026-02-30T00:00:00+08:00", "2026-11-20T10:00:00",
            "2026-11-20T10:00:00+25:00", "", "yesterday");
    static final List<String> DURATIONS = List.of("PT0S", "-PT1H", "PT2562047788015215H", "P3651D", "P1Y", "", "PT",
            "P106751991167300D");
    static final List<Object> INTEGERS = List.of(0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 2147483648L,
            new BigInteger("9223372036854775808"), new BigInteger("-99999999999999999999999999"), 1.5, 1e300);

    private final Random random;
    private final OpenApiDocument doc;

    HostileInput(Random random, OpenApiDocument doc) {
        this.random = random;
        this.doc = doc;
    }

    /** An object of the schema's properties with hostile values, the last of them of the wrong JSON type. */
    String body(Map<String, Object> schema) {
        Map<String, Object> resolved = doc.resolve(schema);
        List<String> names = new ArrayList<>(OpenApiDocument.map(resolved.get("properties")).keySet());
        ObjectNode body = NODES.objectNode();
        if (names.isEmpty()) {
            return body.put("unknownField", 1).toString();
        }
        String wrong = names.remove(random.nextInt(names.size()));
        for (String name : names) {
            if (random.nextInt(3) > 0) {
                body.set(name, value(property(resolved, name), 0));
            }
        }
        body.set(wrong, wrongType(property(resolved, wrong)));
        return body.toString();
    }

    JsonNode value(Map<String, Object> schema, int depth) {
        Map<String, Object> s = doc.resolve(schema);
        Object type = s.get("type");
        if (s.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return random.nextInt(3) == 0 ? NODES.stringNode("NOT_ONE_OF_THEM")
                    : NODES.stringNode(String.valueOf(values.get(random.nextInt(values.size()))).toLowerCase());
        }
        if ("date-time".equals(s.get("format"))) {
            return NODES.stringNode(pick(TIMESTAMPS));
        }
        if ("duration".equals(s.get("format"))) {
            return NODES.stringNode(pick(DURATIONS));
        }
        return switch (String.valueOf(type)) {
            case "integer", "number" -> number(pick(INTEGERS));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "array" -> array(OpenApiDocument.map(s.get("items")), depth);
            case "object" -> object(s, depth);
            default -> NODES.stringNode(string());
        };
    }

    /** A value no strict reader takes for the schema's type. */
    JsonNode wrongType(Map<String, Object> schema) {
        Map<String, Object> s = doc.resolve(schema);
        if (s.get("enum") != null) {
            return NODES.numberNode(7);
        }
        return switch (String.valueOf(s.get("type"))) {
            case "integer" -> NODES.stringNode("7");
            case "number" -> NODES.stringNode("7.5");
            case "boolean" -> NODES.stringNode("yes");
            case "array", "object" -> NODES.booleanNode(true);
            case "string" -> random.nextBoolean() ? NODES.numberNode(random.nextInt()) : NODES.objectNode();
            default -> NODES.booleanNode(true);
        };
    }

    String string() {
        return random.nextInt(6) == 0 ? "x".repeat(256 + random.nextInt(70_000)) : pick(STRINGS);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private JsonNode array(Map<String, Object> items, int depth) {
        ArrayNode array = NODES.arrayNode();
        int size = depth > 2 ? 0 : random.nextInt(8) == 0 ? 1_000 : random.nextInt(3);
        for (int i = 0; i < size; i++) {
            array.add(size > 10 ? NODES.numberNode(i) : value(items, depth + 1));
        }
        return array;
    }

    private JsonNode object(Map<String, Object> s, int depth) {
        ObjectNode object = NODES.objectNode();
        if (depth > 2) {
            return object;
        }
        OpenApiDocument.map(s.get("properties")).forEach((name, property) -> {
            if (random.nextBoolean()) {
                object.set(name, value(OpenApiDocument.map(property), depth + 1));
            }
        });
        if (s.get("additionalProperties") instanceof Map<?, ?> values) {
            object.set(random.nextBoolean() ? "" : string(), value(OpenApiDocument.map(values), depth + 1));
        }
        return object;
    }

    private static JsonNode number(Object value) {
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof BigInteger b) {
            return NODES.numberNode(b);
        }
        return NODES.numberNode((Double) value);
    }

    private static Map<String, Object> property(Map<String, Object> schema, String name) {
        return OpenApiDocument.map(OpenApiDocument.map(schema.get("properties")).get(name));
    }
}
