package io.redress.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;

/**
 * What every operation of the published document gets without its controller saying so (docs/api-contract.md, "Rules
 * for a new endpoint"): a tag named after its resource, chosen by path prefix; a stable operationId made of the HTTP
 * method and the path; and an example for every request body that has none, built from the body's schema (explicit
 * {@code @Schema(example = ...)} values first, then enum values, formats and bounds), so that it validates against it.
 */
final class ApiConventions implements OpenApiCustomizer, Ordered {

    /** The tags, each with what it says; {@link #RESOURCES} picks one for a path. */
    static final Map<String, String> TAGS = Map.ofEntries(
            Map.entry("Sign-in", "Tokens for users and the caller's own account"),
            Map.entry("Audit", "The audit trail, its digests and chain, refund audits and auditors' scopes"),
            Map.entry("Policies", "Versioned after-sale policies: timers, limits, amounts"),
            Map.entry("Clock", "The development clock (never in production)"),
            Map.entry("Accounts", "Users, shops and the marketplace's service keys"),
            Map.entry("Quotes", "What a refund of an order would return"),
            Map.entry("Orders", "Order snapshots pushed by the marketplace, and fulfilment"),
            Map.entry("Evidence", "Evidence files on cases: upload, list, download"),
            Map.entry("Messages", "A case's messages and what awaits the caller"),
            Map.entry("Interventions", "Platform disputes: the agents' queue, the dossier, actions and notes"),
            Map.entry("Refunds", "Refund legs, their retries and the PSP's callbacks"),
            Map.entry("Cases", "After-sale cases: application, actions, timeline"),
            Map.entry("Complaints", "Complaints about a case's handling"),
            Map.entry("Webhooks", "The marketplace's webhook endpoints and deliveries"),
            Map.entry("Ledger", "Double-entry accounts, entries and reconciliation"),
            Map.entry("Reports", "Cycle times, resolution, SLA breaches, refund rates and money"));

    /** A path prefix and its resource's tag; the first prefix that matches a path wins, so longer ones come first. */
    record Resource(String prefix, String tag) {
    }

    static final List<Resource> RESOURCES = List.of(
            new Resource("/api/v1/auth/", "Sign-in"),
            new Resource("/api/v1/admin/users/{username}/audit-scope", "Audit"),
            new Resource("/api/v1/admin/policies", "Policies"),
            new Resource("/api/v1/admin/clock", "Clock"),
            new Resource("/api/v1/admin/", "Accounts"),
            new Resource("/api/v1/orders/{orderId}/refund-quotes", "Quotes"),
            new Resource("/api/v1/orders", "Orders"),
            new Resource("/api/v1/cases/{caseId}/evidence", "Evidence"),
            new Resource("/api/v1/evidence/", "Evidence"),
            new Resource("/api/v1/cases/{caseId}/messages", "Messages"),
            new Resource("/api/v1/inbox", "Messages"),
            new Resource("/api/v1/cases/{caseId}/notes", "Interventions"),
            new Resource("/api/v1/cases/{caseId}/refunds", "Refunds"),
            new Resource("/api/v1/refund-attempts", "Refunds"),
            new Resource("/api/v1/psp/", "Refunds"),
            new Resource("/api/v1/cases", "Cases"),
            new Resource("/api/v1/interventions", "Interventions"),
            new Resource("/api/v1/complaints", "Complaints"),
            new Resource("/api/v1/webhooks", "Webhooks"),
            new Resource("/api/v1/ledger", "Ledger"),
            new Resource("/api/v1/refund-audits", "Audit"),
            new Resource("/api/v1/audit", "Audit"),
            new Resource("/api/v1/reports", "Reports"));

    private static final int MAX_DEPTH = 6;

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        Map<String, Tag> tags = new TreeMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            Tag tag = tagOf(path, operation);
            operation.setTags(new ArrayList<>(List.of(tag.getName())));
            tags.putIfAbsent(tag.getName(), tag);
            operation.setOperationId(operationId(method, path));
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().values().forEach(media -> exemplify(api, media));
            }
        }));
        api.setTags(new ArrayList<>(tags.values()));
    }

    /**
     * The resource's tag by path; a controller's own {@code @Tag} is kept when it names one of them, and a path of no
     * known resource is tagged after its first segment ({@code /api/v1/post-refund-requests} → "Post refund requests").
     */
    static Tag tagOf(String path, Operation operation) {
        for (Resource resource : RESOURCES) {
            if (path.startsWith(resource.prefix())) {
                return new Tag().name(resource.tag()).description(TAGS.get(resource.tag()));
            }
        }
        List<String> declared = operation.getTags() == null ? List.of() : operation.getTags();
        for (String name : declared) {
            if (TAGS.containsKey(name)) {
                return new Tag().name(name).description(TAGS.get(name));
            }
        }
        String[] segments = path.replaceFirst("^/api/v\\d+/(admin/)?", "").split("/");
        String first = segments[0].isEmpty() ? "api" : segments[0].replace('-', ' ');
        String name = Character.toUpperCase(first.charAt(0)) + first.substring(1);
        return new Tag().name(name).description("Operations under " + path.substring(0, path.indexOf(segments[0]))
                + segments[0]);
    }

    /** {@code POST /api/v1/cases/{caseId}/{action}} → {@code postCasesByCaseIdByAction}: unique per method and path. */
    static String operationId(PathItem.HttpMethod method, String path) {
        StringBuilder id = new StringBuilder(method.name().toLowerCase(Locale.ROOT));
        for (String segment : path.replaceFirst("^/api/v\\d+/", "").split("/")) {
            boolean parameter = segment.startsWith("{");
            if (parameter) {
                id.append("By");
            }
            for (String word : segment.replaceAll("[{}]", "").split("[^A-Za-z0-9]+")) {
                if (!word.isEmpty()) {
                    id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
            }
        }
        return id.toString();
    }

    private static void exemplify(OpenAPI api, MediaType media) {
        if (media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty())
                || media.getSchema() == null) {
            return;
        }
        media.setExample(example(api, media.getSchema(), 0));
    }

    /** A value that validates against {@code schema}, preferring the examples the schema gives. */
    static Object example(OpenAPI api, Schema<?> schema, int depth) {
        Schema<?> s = resolve(api, schema);
        if (s.getExample() != null) {
            return s.getExample();
        }
        if (s.getExamples() != null && !s.getExamples().isEmpty()) {
            return s.getExamples().get(0);
        }
        if (s.getEnum() != null && !s.getEnum().isEmpty()) {
            return s.getEnum().get(0);
        }
        if (s.getAllOf() != null && s.getAllOf().size() == 1) {
            return example(api, s.getAllOf().get(0), depth);
        }
        if (s.getOneOf() != null && !s.getOneOf().isEmpty()) {
            return example(api, s.getOneOf().get(0), depth);
        }
        String type = typeOf(s);
        switch (type) {
            case "object" -> {
                Map<String, Object> value = new LinkedHashMap<>();
                if (s.getProperties() != null && depth < MAX_DEPTH) {
                    s.getProperties().forEach((name, property) -> {
                        if (!Boolean.TRUE.equals(resolve(api, property).getReadOnly())) {
                            value.put(name, example(api, property, depth + 1));
                        }
                    });
                }
                return value;
            }
            case "array" -> {
                List<Object> items = new ArrayList<>();
                if (s.getItems() != null && depth < MAX_DEPTH) {
                    items.add(example(api, s.getItems(), depth + 1));
                }
                return items;
            }
            case "integer", "number" -> {
                BigDecimal min = s.getMinimum() != null ? s.getMinimum() : BigDecimal.ONE;
                BigDecimal max = s.getMaximum();
                BigDecimal v = min.signum() < 0 ? BigDecimal.ZERO.max(min) : min.max(BigDecimal.ONE);
                if (max != null && v.compareTo(max) > 0) {
                    v = max;
                }
                return "integer".equals(type) ? (Object) v.longValue() : v;
            }
            case "boolean" -> {
                return Boolean.FALSE;
            }
            default -> {
                return text(s);
            }
        }
    }

    private static String text(Schema<?> s) {
        String format = s.getFormat() == null ? "" : s.getFormat();
        String value = switch (format) {
            case "date-time" -> "2026-12-01T10:00:00+08:00";
            case "date" -> "2026-12-01";
            case "duration" -> "PT24H";
            case "uri", "url" -> "https://marketplace.example.cn/redress/webhooks";
            case "email" -> "ops@marketplace.example.cn";
            case "uuid" -> "3f2a7c1e-5b8d-4e6f-9a0b-1c2d3e4f5a6b";
            case "binary" -> "(the file's bytes)";
            default -> "text";
        };
        int min = s.getMinLength() == null ? 0 : s.getMinLength();
        StringBuilder padded = new StringBuilder(value);
        while (padded.length() < min) {
            padded.append('x');
        }
        String v = padded.toString();
        return s.getMaxLength() != null && v.length() > s.getMaxLength() ? v.substring(0, s.getMaxLength()) : v;
    }

    private static String typeOf(Schema<?> s) {
        if (s.getType() != null) {
            return s.getType();
        }
        if (s.getTypes() != null) {
            for (String t : s.getTypes()) {
                if (!"null".equals(t)) {
                    return t;
                }
            }
        }
        return s.getProperties() != null ? "object" : s.getItems() != null ? "array" : "string";
    }

    static Schema<?> resolve(OpenAPI api, Schema<?> schema) {
        Schema<?> at = schema;
        for (int i = 0; i < MAX_DEPTH && at.get$ref() != null; i++) {
            String name = at.get$ref().substring(at.get$ref().lastIndexOf('/') + 1);
            Schema<?> next = api.getComponents() == null || api.getComponents().getSchemas() == null ? null
                    : api.getComponents().getSchemas().get(name);
            if (next == null) {
                return at;
            }
            at = next;
        }
        return at;
    }
}
