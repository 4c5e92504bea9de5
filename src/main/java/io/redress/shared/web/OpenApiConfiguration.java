package io.redress.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.Currency;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The published OpenAPI document: bearer authentication on /api/, the shape of every error, Idempotency-Key. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";
    /** Operations that take no bearer token: signing in, and PSP callbacks, which carry a signature instead. */
    static final Set<String> OPEN_PATHS = Set.of("/api/v1/auth/token", "/api/v1/psp/callbacks");

    static {
        // Jackson writes a Currency as its ISO 4217 code, not as the bean springdoc would otherwise describe.
        SpringDocUtils.getConfig().replaceWithSchema(Currency.class,
                new StringSchema().description("ISO 4217 code").example("CNY"));
    }

    @Bean
    OpenAPI redressOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Redress").version("1")
                        .description("After-sales refunds, returns, exchanges and disputes for online marketplaces")
                        .license(new io.swagger.v3.oas.models.info.License().name("Apache-2.0")
                                .url("https://www.apache.org/licenses/LICENSE-2.0")))
                // relative: the document describes the server that publishes it, whatever its host
                .servers(java.util.List.of(new Server().url("/").description("The server publishing this document")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A service key, or a token from POST /api/v1/auth/token")));
    }

    /** Tags by resource, operationIds and request examples (ApiConventions). */
    @Bean
    OpenApiCustomizer apiConventions() {
        return new ApiConventions();
    }

    /**
     * Every /api/ operation needs a bearer token (but {@link #OPEN_PATHS}) and then may answer 401; every error it
     * documents is a Problem; any may answer 503 with Retry-After when it is busy; POSTs take an Idempotency-Key and may
     * answer 409 (key in use) or 422 (key reused).
     */
    @Bean
    OpenApiCustomizer bearerAndProblemsOnApiPaths() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> {
                if (!path.startsWith("/api/")) {
                    return;
                }
                item.readOperations().forEach(operation -> {
                    if (!OPEN_PATHS.contains(path)) {
                        operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
                        addIfAbsent(operation.getResponses(), "401", "No valid bearer token");
                    } else {
                        operation.setSecurity(new java.util.ArrayList<>()); // says "no token" rather than nothing
                    }
                    addOrExtend(operation.getResponses(), "503", "Busy (no database connection in time, a lock "
                            + "wait timed out): nothing to fix in the request; retry after Retry-After seconds");
                    ApiResponse unavailable = operation.getResponses().get("503");
                    if (unavailable.getHeaders() == null || !unavailable.getHeaders().containsKey("Retry-After")) {
                        unavailable.addHeaderObject("Retry-After", new Header().description("Seconds to wait before retrying")
                                .schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)));
                    }
                    operation.getResponses().addApiResponse("default",
                            new ApiResponse().description("The request failed; see the problem's type"));
                });
                if (item.getPost() != null) {
                    item.getPost().addParametersItem(new HeaderParameter().name("Idempotency-Key").required(false)
                            .schema(new StringSchema().maxLength(255))
                            .description("Repeat the request with the same key and body to get the first answer "
                                    + "again, marked Idempotency-Replayed: true"));
                    addOrExtend(item.getPost().getResponses(), "409", "The request with this Idempotency-Key is still running");
                    addOrExtend(item.getPost().getResponses(), "422", "This Idempotency-Key was used with a different body");
                }
                item.readOperations().forEach(operation -> operation.getResponses().forEach((code, response) -> {
                    if (!code.startsWith("2")) {
                        response.setContent(new Content().addMediaType("application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
                    }
                }));
            });
        };
    }

    private static void addIfAbsent(ApiResponses responses, String code, String description) {
        if (!responses.containsKey(code)) {
            responses.addApiResponse(code, new ApiResponse().description(description));
        }
    }

    private static void addOrExtend(ApiResponses responses, String code, String description) {
        ApiResponse documented = responses.get(code);
        if (documented == null) {
            responses.addApiResponse(code, new ApiResponse().description(description));
        } else if (documented.getDescription() != null && !documented.getDescription().contains(description)) {
            documented.setDescription(documented.getDescription() + "; or: " + description);
        }
    }

    private static Schema<?> problemSchema() {
        Schema<?> field = new ObjectSchema()
                .addProperty("field", new StringSchema().description("JSON path or parameter name, e.g. lines[0].quantity"))
                .addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("RFC 9457 problem details (application/problem+json); further members may be added")
                .addProperty("type", new StringSchema().format("uri").example("https://redress.dev/problems/validation"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().items(field).description("for invalid input: each field at fault"))
                .required(java.util.List.of("type", "title", "status"));
    }
}
