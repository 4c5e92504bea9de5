package io.redress.aftersale.web;

import io.redress.aftersale.CaseAction;
import io.redress.aftersale.CaseCommand;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The request body of {@code POST /api/v1/cases/{caseId}/{action}} as one schema per action ({@code AgreeAction},
 * {@code ShipReturnAction}, …) with exactly the fields that action takes and the ones it needs marked required, taken
 * from the rules that read the body ({@link CaseCommand#fieldsOf}); the body is any of them (the path says which), with an example each.
 */
@Component
class CaseActionBodies implements OpenApiCustomizer {

    static final String PATH = "/api/v1/cases/{caseId}/{action}";
    static final String GENERIC = "ActionBody";

    /** What the examples put in each field. */
    private static final Map<String, Object> SAMPLES = Map.ofEntries(Map.entry("amount", 5000L),
            Map.entry("requestedAmount", 8000L), Map.entry("returnAddress", "杭州市西湖区文三路 100 号 售后仓 310012"),
            Map.entry("reasonCode", "NOT_AS_DESCRIBED"), Map.entry("message", "The colour differs from the photos"),
            Map.entry("evidenceIds", List.of("ev-7f3a9c")), Map.entry("reason", "QUALITY"),
            Map.entry("description", "The seam opened after one wash"), Map.entry("carrier", "SF"),
            Map.entry("trackingNo", "SF1234567890"));

    @Override
    public void customise(OpenAPI api) {
        PathItem item = api.getPaths() == null ? null : api.getPaths().get(PATH);
        Operation post = item == null ? null : item.getPost();
        if (post == null || post.getRequestBody() == null || api.getComponents() == null
                || api.getComponents().getSchemas() == null) {
            return;
        }
        Schema<?> generic = api.getComponents().getSchemas().get(GENERIC);
        if (generic == null || generic.getProperties() == null) {
            return;
        }
        List<Schema> alternatives = new ArrayList<>();
        Map<String, Example> examples = new LinkedHashMap<>();
        for (CaseAction action : CaseAction.values()) {
            if (action.path().isEmpty()) {
                continue;
            }
            String path = action.path().get();
            Map<String, Boolean> fields = CaseCommand.fieldsOf(action);
            Schema<Object> schema = new ObjectSchema();
            schema.setDescription("The body of POST /api/v1/cases/{caseId}/" + path);
            schema.addProperty("version", generic.getProperties().get("version"));
            schema.addRequiredItem("version");
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("version", 3L);
            fields.forEach((field, required) -> {
                schema.addProperty(field, generic.getProperties().get(field));
                example.put(field, SAMPLES.getOrDefault(field, "text"));
                if (required) {
                    schema.addRequiredItem(field);
                }
            });
            String name = schemaName(action);
            api.getComponents().addSchemas(name, schema);
            alternatives.add(new Schema<>().$ref("#/components/schemas/" + name));
            examples.put(path, new Example().summary(path).value(example));
        }
        Schema<Object> body = new Schema<>();
        body.setAnyOf(alternatives);
        body.setDescription("The schema of the action named in the path");
        post.getRequestBody().getContent().put("application/json", new MediaType().schema(body).examples(examples));
        api.getComponents().getSchemas().remove(GENERIC);
    }

    /** {@code SHIP_RETURN} → {@code ShipReturnAction}. */
    static String schemaName(CaseAction action) {
        StringBuilder name = new StringBuilder();
        for (String word : action.name().toLowerCase(Locale.ROOT).split("_")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.append("Action").toString();
    }
}
