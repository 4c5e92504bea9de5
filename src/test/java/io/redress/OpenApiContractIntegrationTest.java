package io.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document at /v3/api-docs against the REST contract (docs/api-contract.md, written down as code in ApiMd): paths, field names and JSON types,
 * enum values, response codes, problem responses, bearer security and Idempotency-Key. Each test names every
 * mismatch it finds.
 */
@RedressIntegrationTest
class OpenApiContractIntegrationTest {

    /** Contract operations the server does not serve yet; each must stay absent until it lands, then leave this set. */
    static final Set<String> NOT_SERVED_YET = Set.of();

    @Autowired
    MockMvc mvc;

    OpenApiDocument doc;
    List<String> mismatches = new ArrayList<>();

    @BeforeEach
    @SuppressWarnings("unchecked")
    void readDocument() throws Exception {
        String json = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        doc = new OpenApiDocument(JsonMapper.builder().build().readValue(json, Map.class));
    }

    /** The published document, written where .ci/run lints it ({@code npx @redocly/cli lint target/openapi.json}). */
    @Test
    void theDocumentIsWrittenForTheLinter() throws Exception {
        String json = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        java.nio.file.Path file = java.nio.file.Path.of("target", "openapi.json");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, json);
        assertThat(JsonMapper.builder().build().readTree(java.nio.file.Files.readString(file)).path("openapi").asString())
                .startsWith("3.");
    }

    @Test
    void everyOperationOfApiMdIsPublished() {
        for (String operation : ApiMd.RESPONSES.keySet()) {
            boolean published = doc.operation(operation) != null;
            if (NOT_SERVED_YET.contains(operation)) {
                if (published) {
                    mismatches.add(operation + " is published now: take it out of NOT_SERVED_YET");
                }
            } else if (!published) {
                mismatches.add(operation + " is missing");
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyOperationDocumentsTheResponseCodesApiMdPromises() {
        ApiMd.RESPONSES.forEach((operation, codes) -> {
            Map<String, Object> op = doc.operation(operation);
            if (op == null) {
                return;
            }
            Set<String> documented = OpenApiDocument.map(op.get("responses")).keySet();
            for (String code : codes) {
                if (!documented.contains(code)) {
                    mismatches.add(operation + " does not document " + code);
                }
            }
            if (!codes.contains("200") && documented.contains("200")) {
                mismatches.add(operation + " documents 200 but answers " + codes.get(0));
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void operationsBeyondApiMdDocumentTheSuccessCodeTheyAnswer() {
        Map<String, String> success = Map.ofEntries(Map.entry("GET /api/v1/auth/me", "200"),
                Map.entry("POST /api/v1/admin/users", "201"), Map.entry("GET /api/v1/admin/users", "200"),
                Map.entry("POST /api/v1/admin/users/{username}/disable", "200"),
                Map.entry("POST /api/v1/admin/users/{username}/enable", "200"),
                Map.entry("POST /api/v1/admin/shops", "201"), Map.entry("GET /api/v1/admin/shops", "200"),
                Map.entry("POST /api/v1/admin/service-keys", "201"), Map.entry("GET /api/v1/admin/service-keys", "200"),
                Map.entry("POST /api/v1/admin/service-keys/{keyId}/revoke", "200"),
                Map.entry("GET /api/v1/admin/policies", "200"),
                Map.entry("GET /api/v1/admin/policies/{profile}/versions", "200"),
                Map.entry("POST /api/v1/admin/policies/{profile}/versions", "201"),
                Map.entry("GET /api/v1/ledger/accounts", "200"),
                Map.entry("GET /api/v1/ledger/accounts/{account}/entries", "200"),
                Map.entry("GET /api/v1/ledger/reconciliation", "200"),
                Map.entry("GET /api/v1/ledger/reconciliation.csv", "200"),
                Map.entry("GET /api/v1/refund-attempts/attention", "200"),
                Map.entry("POST /api/v1/refund-attempts/{externalKey}/resume", "202"),
                Map.entry("POST /api/v1/cases/{caseId}/refunds/retry", "202"),
                Map.entry("POST /api/v1/psp/callbacks", "204"),
                Map.entry("GET /api/v1/cases/{caseId}/evidence", "200"),
                Map.entry("GET /api/v1/evidence/{evidenceId}/content", "200"),
                Map.entry("GET /api/v1/interventions", "200"), Map.entry("GET /api/v1/interventions/agents", "200"),
                Map.entry("GET /api/v1/interventions/{caseId}", "200"),
                Map.entry("POST /api/v1/interventions/{caseId}/{action}", "200"),
                Map.entry("POST /api/v1/cases/{caseId}/notes", "201"), Map.entry("GET /api/v1/cases/{caseId}/notes", "200"),
                Map.entry("GET /api/v1/audit/events", "200"), Map.entry("GET /api/v1/audit/digests", "200"),
                Map.entry("GET /api/v1/audit/chain", "200"),
                Map.entry("POST /api/v1/refund-audits", "201"), Map.entry("GET /api/v1/refund-audits", "200"),
                Map.entry("GET /api/v1/refund-audits/{runId}", "200"),
                Map.entry("GET /api/v1/refund-audits/{runId}.csv", "200"),
                Map.entry("GET /api/v1/refund-audits/{runId}/report", "200"),
                Map.entry("PUT /api/v1/admin/users/{username}/audit-scope", "200"),
                Map.entry("GET /api/v1/admin/users/{username}/audit-scope", "200"),
                Map.entry("POST /api/v1/complaints", "201"), Map.entry("GET /api/v1/complaints", "200"),
                Map.entry("POST /api/v1/complaints/{complaintId}/{action}", "200"),
                Map.entry("GET /api/v1/quality/samples", "200"), Map.entry("GET /api/v1/quality/agents", "200"),
                Map.entry("POST /api/v1/quality/samples/{sampleId}/review", "200"),
                Map.entry("GET /api/v1/parties/{partyType}/{partyId}/standing", "200"),
                Map.entry("POST /api/v1/parties/{partyType}/{partyId}/signals", "201"),
                Map.entry("GET /api/v1/penalties", "200"), Map.entry("POST /api/v1/penalties", "201"),
                Map.entry("GET /api/v1/penalties/{penaltyId}", "200"),
                Map.entry("POST /api/v1/penalties/{penaltyId}/{action}", "200"),
                Map.entry("GET /api/v1/webhooks/endpoints", "200"), Map.entry("POST /api/v1/webhooks/endpoints", "201"),
                Map.entry("POST /api/v1/webhooks/endpoints/{endpointId}/{action}", "200"),
                Map.entry("GET /api/v1/webhooks/deliveries", "200"),
                Map.entry("POST /api/v1/webhooks/deliveries/{deliveryId}/replay", "200"),
                Map.entry("POST /api/v1/webhooks/deliveries/replay", "200"),
                Map.entry("GET /api/v1/cases/{caseId}/dossier.pdf", "200"),
                Map.entry("GET /api/v1/cases/{caseId}/dossier.json", "200"),
                Map.entry("GET /api/v1/cases/{caseId}/dossier.zip", "200"),
                Map.entry("GET /api/v1/cases/{caseId}/routes", "200"),
                Map.entry("GET /api/v1/reports/{name}", "200"), Map.entry("GET /api/v1/reports/{name}.csv", "200"),
                Map.entry("POST /api/v1/cases/{caseId}/post-refund-requests", "201"),
                Map.entry("GET /api/v1/cases/{caseId}/post-refund-requests", "200"),
                Map.entry("GET /api/v1/post-refund-requests", "200"),
                Map.entry("GET /api/v1/post-refund-requests/{requestId}", "200"),
                Map.entry("POST /api/v1/post-refund-requests/{requestId}/{action}", "200"),
                Map.entry("GET /api/v1/receivables", "200"),
                Map.entry("POST /api/v1/receivables/{receivableId}/{action}", "200"),
                Map.entry("POST /api/v1/simulations", "202"), Map.entry("GET /api/v1/simulations/{id}", "200"),
                Map.entry("GET /api/v1/simulations/{id}.csv", "200"),
                Map.entry("GET /api/v1/simulations/{id}/report", "200"));
        success.forEach((operation, code) -> {
            Map<String, Object> op = doc.operation(operation);
            if (op == null) {
                mismatches.add(operation + " is missing");
                return;
            }
            Set<String> documented = OpenApiDocument.map(op.get("responses")).keySet();
            documented.stream().filter(c -> c.startsWith("2") && !c.equals(code))
                    .forEach(c -> mismatches.add(operation + " documents " + c + " but answers " + code));
            if (!documented.contains(code)) {
                mismatches.add(operation + " does not document " + code);
            }
        });
        doc.apiOperations().keySet().stream()
                .filter(name -> !success.containsKey(name) && !ApiMd.RESPONSES.containsKey(name))
                .forEach(name -> mismatches.add(name + " is in neither the contract (ApiMd) nor this test: document it here"));
        assertThat(mismatches).isEmpty();
    }

    @Test
    void requestAndResponseBodiesCarryApiMdFieldsWithTheirJsonTypes() {
        ApiMd.BODIES.forEach((body, fields) -> {
            Map<String, Object> schema = doc.body(body);
            if (NOT_SERVED_YET.contains(body.substring(0, body.lastIndexOf(' ')))) {
                return;
            }
            if (schema == null) {
                mismatches.add(body + " has no JSON schema");
                return;
            }
            fields.forEach((field, type) -> {
                Map<String, Object> property = doc.property(schema, field);
                String actual = property == null ? "absent" : OpenApiDocument.describe(doc.resolve(property), type);
                if (!actual.equals(type)) {
                    mismatches.add(body + " " + field + ": expected " + type + " but is " + actual);
                }
            });
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void caseListFiltersAndCaseActionsAreTheParametersApiMdNames() {
        Map<String, String> expected = Map.of("GET /api/v1/cases status", ApiMd.STATUSES,
                "GET /api/v1/cases orderId", "string", "GET /api/v1/cases page", "integer",
                "GET /api/v1/cases size", "integer", "POST /api/v1/cases/{caseId}/{action} action", ApiMd.ACTIONS);
        expected.forEach((parameter, type) -> {
            int cut = parameter.lastIndexOf(' ');
            Map<String, Object> op = doc.operation(parameter.substring(0, cut));
            Map<String, Object> schema = op == null ? null : ((List<?>) op.getOrDefault("parameters", List.of())).stream()
                    .map(OpenApiDocument::map).filter(p -> parameter.substring(cut + 1).equals(p.get("name")))
                    .map(p -> OpenApiDocument.map(p.get("schema"))).findFirst().orElse(null);
            String actual = schema == null ? "absent" : OpenApiDocument.describe(schema, type);
            if (!actual.equals(type)) {
                mismatches.add(parameter + ": expected " + type + " but is " + actual);
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void requiredFieldsAreMarkedRequired() {
        ApiMd.REQUIRED.forEach((body, fields) -> {
            Map<String, Object> schema = doc.body(body);
            for (String field : fields) {
                int cut = field.lastIndexOf('.');
                Map<String, Object> parent = schema == null ? null
                        : cut < 0 ? schema : doc.property(schema, field.substring(0, cut));
                List<?> required = parent == null ? List.of() : (List<?>) parent.getOrDefault("required", List.of());
                if (!required.contains(field.substring(cut + 1))) {
                    mismatches.add(body + " does not mark " + field + " required");
                }
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void moneyIsAlwaysInt64AndInstantsAlwaysDateTime() {
        doc.schemas().forEach((name, schema) -> OpenApiDocument.map(schema.get("properties")).forEach((field, p) -> {
            Map<String, Object> property = doc.resolve(OpenApiDocument.map(p));
            if ((field.equals("amount") || field.endsWith("Amount"))
                    && !ApiMd.MONEY.equals(OpenApiDocument.describe(property, ApiMd.MONEY))) {
                mismatches.add(name + "." + field + " is money but " + property.get("type") + " " + property.get("format"));
            }
            if (field.endsWith("At") && !ApiMd.INSTANT.equals(OpenApiDocument.describe(property, ApiMd.INSTANT))) {
                mismatches.add(name + "." + field + " is an instant but " + property.get("type") + " " + property.get("format"));
            }
            if (field.equals("currency") && !"string".equals(property.get("type"))) {
                mismatches.add(name + ".currency is an ISO-4217 code but " + property.get("type"));
            }
        }));
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyErrorResponseIsAProblem() {
        Map<String, Object> problem = doc.schemas().get("Problem");
        assertThat(problem).as("components.schemas.Problem").isNotNull();
        for (String field : List.of("type", "title", "status", "detail", "errors")) {
            if (!OpenApiDocument.map(problem.get("properties")).containsKey(field)) {
                mismatches.add("Problem lacks " + field);
            }
        }
        Map<String, Object> fieldError = doc.property(problem, "errors[]");
        for (String field : List.of("field", "message")) {
            if (fieldError == null || !OpenApiDocument.map(fieldError.get("properties")).containsKey(field)) {
                mismatches.add("Problem.errors[] lacks " + field);
            }
        }
        doc.apiOperations().forEach((name, op) -> OpenApiDocument.map(op.get("responses")).forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5") || code.equals("default")) {
                Map<String, Object> content = OpenApiDocument.map(OpenApiDocument.map(response).get("content"));
                Object ref = OpenApiDocument.map(OpenApiDocument.map(content.get("application/problem+json")).get("schema"))
                        .get("$ref");
                if (content.size() != 1 || !"#/components/schemas/Problem".equals(ref)) {
                    mismatches.add(name + " " + code + " is not application/problem+json Problem but " + content.keySet());
                }
            }
        }));
        assertThat(mismatches).isEmpty();
    }

    @Test
    void bearerSecurityAppliesToTheApiExceptSignInAndPspCallbacks() {
        Map<String, Object> bearer = OpenApiDocument.map(
                OpenApiDocument.map(OpenApiDocument.map(doc.root().get("components")).get("securitySchemes")).get("bearer"));
        assertThat(bearer).containsEntry("type", "http").containsEntry("scheme", "bearer");
        Set<String> open = Set.of("POST /api/v1/auth/token", "POST /api/v1/psp/callbacks");
        doc.apiOperations().forEach((name, op) -> {
            boolean secured = String.valueOf(op.get("security")).contains("bearer");
            if (open.contains(name) && secured) {
                mismatches.add(name + " needs no bearer token but claims one");
            } else if (!open.contains(name) && !secured) {
                mismatches.add(name + " lacks the bearer security requirement");
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyOperationDocumentsTheBusyAnswerWithItsRetryAfter() {
        doc.apiOperations().forEach((name, op) -> {
            Map<String, Object> busy = OpenApiDocument.map(OpenApiDocument.map(op.get("responses")).get("503"));
            if (busy.isEmpty()) {
                mismatches.add(name + " does not document 503");
            } else if (!OpenApiDocument.map(busy.getOrDefault("headers", Map.of())).containsKey("Retry-After")) {
                mismatches.add(name + " documents 503 without its Retry-After header");
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyPostDocumentsIdempotencyKey() {
        doc.apiOperations().forEach((name, op) -> {
            if (!name.startsWith("POST ")) {
                return;
            }
            Map<String, Object> key = ((List<?>) op.getOrDefault("parameters", List.of())).stream()
                    .map(OpenApiDocument::map).filter(p -> "Idempotency-Key".equals(p.get("name"))).findFirst().orElse(null);
            if (key == null) {
                mismatches.add(name + " does not document Idempotency-Key");
            } else if (!"header".equals(key.get("in"))
                    || !Integer.valueOf(255).equals(OpenApiDocument.map(key.get("schema")).get("maxLength"))) {
                mismatches.add(name + " Idempotency-Key is not a header of at most 255 characters: " + key);
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyApiOperationHasASummaryAndTheRolesThatMayCallIt() {
        doc.apiOperations().forEach((name, op) -> {
            if (op.get("summary") == null) {
                mismatches.add(name + " has no summary");
            }
            if (!String.valueOf(op.get("description")).contains("Roles:")) {
                mismatches.add(name + " does not say which roles may call it");
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyOperationIsTaggedByItsResourceAndEveryTagIsDescribed() {
        Map<String, Object> declared = new java.util.HashMap<>();
        ((List<?>) doc.root().getOrDefault("tags", List.of())).stream().map(OpenApiDocument::map)
                .forEach(tag -> declared.put(String.valueOf(tag.get("name")), tag.get("description")));
        doc.apiOperations().forEach((name, op) -> {
            List<?> tags = (List<?>) op.getOrDefault("tags", List.of());
            if (tags.size() != 1 || String.valueOf(tags.get(0)).endsWith("-controller")) {
                mismatches.add(name + " is tagged " + tags + ", not by one resource");
            } else if (declared.get(String.valueOf(tags.get(0))) == null) {
                mismatches.add(name + " has tag " + tags.get(0) + ", which is not declared with a description");
            }
        });
        Map.of("POST /api/v1/cases/{caseId}/evidence", "Evidence", "GET /api/v1/evidence/{evidenceId}/content", "Evidence",
                "POST /api/v1/cases/{caseId}/{action}", "Cases", "GET /api/v1/interventions", "Interventions",
                "POST /api/v1/webhooks/endpoints", "Webhooks", "GET /api/v1/reports/{name}", "Reports",
                "POST /api/v1/auth/token", "Sign-in", "GET /api/v1/refund-audits", "Audit")
                .forEach((operation, tag) -> {
                    Object tags = OpenApiDocument.map(doc.operation(operation)).get("tags");
                    if (!List.of(tag).equals(tags)) {
                        mismatches.add(operation + " should be tagged " + tag + " but is " + tags);
                    }
                });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void operationIdsAreUniqueAndMadeOfTheMethodAndThePath() {
        Set<Object> seen = new java.util.HashSet<>();
        doc.apiOperations().forEach((name, op) -> {
            Object id = op.get("operationId");
            if (id == null || !String.valueOf(id).matches("(get|post|put|patch|delete)[A-Z][A-Za-z0-9]*")) {
                mismatches.add(name + " has operationId " + id);
            } else if (!seen.add(id)) {
                mismatches.add(name + " repeats operationId " + id);
            }
        });
        assertThat(OpenApiDocument.map(doc.operation("POST /api/v1/cases/{caseId}/{action}")).get("operationId"))
                .isEqualTo("postCasesByCaseIdByAction");
        assertThat(OpenApiDocument.map(doc.operation("GET /api/v1/refund-audits/{runId}.csv")).get("operationId"))
                .isEqualTo("getRefundAuditsByRunIdCsv");
        assertThat(mismatches).isEmpty();
    }

    /** One schema per case action with exactly the fields it takes; what the rules need is required. */
    @Test
    @SuppressWarnings("unchecked")
    void everyCaseActionHasARequestSchemaOfItsOwn() {
        Map<String, Object> op = doc.operation("POST /api/v1/cases/{caseId}/{action}");
        Map<String, Object> media = OpenApiDocument.map(OpenApiDocument.map(OpenApiDocument.map(op.get("requestBody"))
                .get("content")).get("application/json"));
        List<?> alternatives = (List<?>) OpenApiDocument.map(media.get("schema")).getOrDefault("anyOf", List.of());
        List<String> actions = List.of(ApiMd.ACTIONS.substring("enum:".length()).split("\\|"));
        assertThat(alternatives).hasSize(actions.size());
        assertThat(OpenApiDocument.map(media.get("examples")).keySet()).containsExactlyInAnyOrderElementsOf(actions);
        Map<String, Map<String, Object>> byAction = new java.util.HashMap<>();
        for (Object alternative : alternatives) {
            Map<String, Object> schema = doc.resolve(OpenApiDocument.map(alternative));
            String description = String.valueOf(schema.get("description"));
            byAction.put(description.substring(description.lastIndexOf('/') + 1), schema);
        }
        assertThat(byAction.keySet()).containsExactlyInAnyOrderElementsOf(actions);
        assertThat(OpenApiDocument.map(byAction.get("ship-return").get("properties")).keySet())
                .containsExactlyInAnyOrder("version", "carrier", "trackingNo");
        assertThat((List<Object>) byAction.get("ship-return").get("required"))
                .containsExactlyInAnyOrder("version", "carrier", "trackingNo");
        assertThat(OpenApiDocument.map(byAction.get("accept-proposal").get("properties")).keySet())
                .containsExactly("version");
        assertThat(OpenApiDocument.map(byAction.get("agree").get("properties")).keySet())
                .containsExactlyInAnyOrder("version", "returnAddress");
        assertThat((List<Object>) byAction.get("agree").get("required")).containsExactly("version");
        assertThat(OpenApiDocument.map(byAction.get("refuse").get("properties")).keySet())
                .containsExactlyInAnyOrder("version", "reasonCode", "message", "evidenceIds");
        assertThat(doc.schemas()).doesNotContainKey("ActionBody");
    }

    @Test
    void everyRequestBodyHasAnExample() {
        doc.apiOperations().forEach((name, op) -> OpenApiDocument.map(OpenApiDocument.map(op.get("requestBody"))
                .get("content")).forEach((type, media) -> {
                    Map<String, Object> m = OpenApiDocument.map(media);
                    if (m.get("example") == null && OpenApiDocument.map(m.get("examples")).isEmpty()) {
                        mismatches.add(name + " " + type + " has no example");
                    }
                }));
        assertThat(mismatches).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEvidenceUploadIsTheMultipartFormItIs() {
        Map<String, Object> op = doc.operation("POST /api/v1/cases/{caseId}/evidence");
        Map<String, Object> content = OpenApiDocument.map(OpenApiDocument.map(op.get("requestBody")).get("content"));
        assertThat(content.keySet()).containsExactly("multipart/form-data");
        Map<String, Object> form = doc.resolve(OpenApiDocument.map(
                OpenApiDocument.map(content.get("multipart/form-data")).get("schema")));
        Map<String, Object> file = OpenApiDocument.map(OpenApiDocument.map(form.get("properties")).get("file"));
        assertThat(file).containsEntry("format", "binary");
        assertThat(OpenApiDocument.map(form.get("properties")).keySet()).containsExactlyInAnyOrder("file", "kind", "note");
        assertThat((List<Object>) form.get("required")).containsExactlyInAnyOrder("file", "kind");
        assertThat(((List<?>) op.getOrDefault("parameters", List.of())).stream().map(OpenApiDocument::map)
                .map(p -> p.get("name"))).doesNotContain("kind", "note", "file");
    }
}
