package io.redress.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The published OpenAPI document: bearer authentication on /api/ and the shape of every error. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI redressOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Redress").version("1")
                        .description("After-sales refunds, returns, exchanges and disputes for online marketplaces"))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A service key, or a token from POST /api/v1/auth/token")));
    }

    /** Every /api/ operation needs a bearer token (except the token endpoint), fails with a Problem, and POSTs take an Idempotency-Key. */
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
            ApiResponse failure = new ApiResponse().description("The request failed; see the problem's type")
                    .content(new Content().addMediaType("application/problem+json",
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
            api.getPaths().forEach((path, item) -> {
                if (!path.startsWith("/api/")) {
                    return;
                }
                item.readOperations().forEach(operation -> {
                    if (!path.equals("/api/v1/auth/token")) {
                        operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
                    }
                    operation.getResponses().addApiResponse("default", failure);
                });
                if (item.getPost() != null) {
                    item.getPost().addParametersItem(new HeaderParameter().name("Idempotency-Key").required(false)
                            .schema(new StringSchema().maxLength(255))
                            .description("Repeat the request with the same key and body to get the first answer again"));
                }
            });
        };
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
