package io.redress.webhooks.web;

import io.redress.webhooks.internal.Endpoint;
import io.redress.webhooks.internal.Endpoints;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of the endpoint API. */
final class EndpointViews {

    private EndpointViews() {
    }

    record RegisterEndpoint(
            @Schema(description = "https URL of the receiver (http only in demo mode)", example = "https://hooks.example.com/redress")
            String url,
            @Schema(description = "Event types of the catalogue", example = "[\"case.created\", \"case.transitioned\"]")
            List<String> eventTypes,
            @Schema(description = "Free text, at most 200 characters", example = "after-sales notifications")
            String description) {
    }

    record EndpointView(String endpointId, String owner, String url, List<String> eventTypes, String description,
            String status, String disabledReason, Instant failingSince, Instant createdAt) {

        static EndpointView of(Endpoint endpoint) {
            return new EndpointView(endpoint.endpointId(), endpoint.owner(), endpoint.url(), endpoint.eventTypes(),
                    endpoint.description(), endpoint.enabled() ? "ENABLED" : "DISABLED", endpoint.disabledReason(),
                    endpoint.failingSince(), endpoint.createdAt());
        }
    }

    /** An endpoint with its new secret: the only answer that ever shows the secret. */
    record EndpointWithSecret(EndpointView endpoint,
            @Schema(description = "whsec_ followed by the base64 key; shown once", example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
            String secret,
            @Schema(description = "After a rotation: until when the previous secret also signs")
            Instant previousSecretExpiresAt) {

        static EndpointWithSecret of(Endpoints.WithSecret registered) {
            return new EndpointWithSecret(EndpointView.of(registered.endpoint()), registered.secret(),
                    registered.previousSecretExpiresAt());
        }
    }
}
