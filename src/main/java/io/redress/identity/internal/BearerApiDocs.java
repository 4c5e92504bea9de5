package io.redress.identity.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/** Tells the OpenAPI document, and so Swagger UI's Authorize button, that the API takes bearer tokens. */
@Component
class BearerApiDocs implements OpenApiCustomizer {

    static final String SCHEME = "bearer";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSecuritySchemes(SCHEME, new SecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .description("A token from POST /api/v1/auth/token, a marketplace service key, "
                        + "or a JWT of the marketplace's identity provider"));
        openApi.addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }
}
