package io.redress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A parsed OpenAPI document with the look-ups the contract test needs: operations, bodies, nested properties. */
record OpenApiDocument(Map<String, Object> root) {

    /** An operation named "METHOD /path", or null. */
    Map<String, Object> operation(String name) {
        String[] parts = name.split(" ", 2);
        Object op = map(map(root.get("paths")).get(parts[1])).get(parts[0].toLowerCase());
        return op == null ? null : map(op);
    }

    /** Every operation under /api/ (but the test-only /api/test/), by "METHOD /path". */
    Map<String, Map<String, Object>> apiOperations() {
        Map<String, Map<String, Object>> all = new LinkedHashMap<>();
        map(root.get("paths")).forEach((path, item) -> {
            if (path.startsWith("/api/") && !path.startsWith("/api/test/")) {
                map(item).forEach((method, op) -> {
                    if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                        all.put(method.toUpperCase() + " " + path, map(op));
                    }
                });
            }
        });
        return all;
    }

    Map<String, Map<String, Object>> schemas() {
        Map<String, Map<String, Object>> all = new LinkedHashMap<>();
        map(map(root.get("components")).get("schemas")).forEach((name, schema) -> all.put(name, map(schema)));
        return all;
    }

    /** The JSON schema of "METHOD /path request" or "METHOD /path CODE", resolved; null when there is none. */
    Map<String, Object> body(String name) {
        int cut = name.lastIndexOf(' ');
        Map<String, Object> op = operation(name.substring(0, cut));
        if (op == null) {
            return null;
        }
        String which = name.substring(cut + 1);
        Map<String, Object> holder = which.equals("request") ? map(op.get("requestBody"))
                : map(map(op.get("responses")).get(which));
        Object schema = map(map(holder.get("content")).get("application/json")).get("schema");
        return schema == null ? null : resolve(map(schema));
    }

    /** The property at a path like "lines[].discountShares[].amount" ("[]" steps into array items), resolved. */
    Map<String, Object> property(Map<String, Object> schema, String path) {
        Map<String, Object> at = resolve(schema);
        for (String step : path.split("\\.")) {
            boolean items = step.endsWith("[]");
            String name = items ? step.substring(0, step.length() - 2) : step;
            if (!name.isEmpty()) {
                Object next = map(at.get("properties")).get(name);
                if (next == null) {
                    return null;
                }
                at = resolve(map(next));
            }
            if (items) {
                if (at.get("items") == null) {
                    return null;
                }
                at = resolve(map(at.get("items")));
            }
        }
        return at;
    }

    /**
     * Follows a $ref (also one wrapped in allOf, as nullable references are); a body that is any of several schemas
     * (one per case action) reads as their union: every property of any of them, required where all require it.
     */
    Map<String, Object> resolve(Map<String, Object> schema) {
        if (schema.get("anyOf") instanceof List<?> any && any.size() > 1) {
            Map<String, Object> properties = new LinkedHashMap<>();
            List<Object> required = null;
            for (Object alternative : any) {
                Map<String, Object> each = resolve(map(alternative));
                properties.putAll(map(each.get("properties")));
                List<?> needs = (List<?>) each.getOrDefault("required", List.of());
                if (required == null) {
                    required = new java.util.ArrayList<>(needs);
                } else {
                    required.retainAll(needs);
                }
            }
            return Map.of("type", "object", "properties", properties, "required", required);
        }
        Object ref = schema.get("$ref");
        if (ref == null && schema.get("allOf") instanceof List<?> all && all.size() == 1) {
            ref = map(all.get(0)).get("$ref");
        }
        if (ref == null) {
            return schema;
        }
        return schemas().getOrDefault(String.valueOf(ref).substring("#/components/schemas/".length()), Map.of());
    }

    /**
     * The JSON type of a schema in the words of {@link ApiMd}: "enum:A|B" (sorted values) when an enum is expected,
     * "integer int64" when a format is, else the bare type; "any" for a field that only has to be there.
     */
    static String describe(Map<String, Object> schema, String expected) {
        if (expected.equals("any")) {
            return "any";
        }
        if (expected.startsWith("enum:") && schema.get("enum") instanceof List<?> values) {
            return "enum:" + String.join("|", new TreeSet<>(values.stream().map(String::valueOf).toList()));
        }
        Object type = schema.get("type");
        if (type instanceof List<?> types) {
            type = types.stream().filter(t -> !"null".equals(t)).findFirst().orElse(null);
        }
        return expected.contains(" ") ? type + " " + schema.get("format") : String.valueOf(type);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
