package io.redress.webhooks.web;

import io.redress.identity.Caller;
import io.redress.shared.InvalidField;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import io.redress.webhooks.WebhookEventType;
import io.redress.webhooks.internal.EndpointUrls;
import io.redress.webhooks.internal.Endpoints;
import io.redress.webhooks.web.EndpointViews.EndpointView;
import io.redress.webhooks.web.EndpointViews.EndpointWithSecret;
import io.redress.webhooks.web.EndpointViews.RegisterEndpoint;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The marketplace's webhook receivers: registered, listed, their secret rotated, disabled and enabled. */
@RestController
@RequestMapping("/api/v1/webhooks/endpoints")
@PreAuthorize("hasAnyRole('MARKETPLACE', 'ADMIN')")
@Tag(name = "Webhooks")
class WebhookEndpointController {

    private final Endpoints endpoints;
    private final EndpointUrls urls;

    WebhookEndpointController(Endpoints endpoints, EndpointUrls urls) {
        this.endpoints = endpoints;
        this.urls = urls;
    }

    @PostMapping
    @Operation(summary = "Register a webhook endpoint", description = "Roles: MARKETPLACE (service key), ADMIN. The "
            + "answer carries the signing secret, shown this once. https only outside demo mode, never to a private "
            + "or loopback address; eventTypes from the catalogue (docs/webhooks.md).")
    @ApiResponse(responseCode = "201", description = "Registered; secret is the whsec_ signing secret")
    @ApiResponse(responseCode = "400", description = "Invalid url, eventTypes or description (errors name the field)")
    @ApiResponse(responseCode = "403", description = "The caller is neither the marketplace nor an admin")
    ResponseEntity<EndpointWithSecret> register(@RequestBody RegisterEndpoint body) {
        List<InvalidField> errors = new ArrayList<>();
        urls.refusal(body.url()).ifPresent(why -> errors.add(new InvalidField("url", why)));
        if (body.eventTypes() == null || body.eventTypes().isEmpty()) {
            errors.add(new InvalidField("eventTypes", "must name at least one event type"));
        } else {
            for (int i = 0; i < body.eventTypes().size(); i++) {
                String type = body.eventTypes().get(i);
                if (type == null || WebhookEventType.of(type).isEmpty()) {
                    errors.add(new InvalidField("eventTypes[" + i + "]", "is not an event type of the catalogue"));
                }
            }
        }
        if (body.description() != null && body.description().length() > 200) {
            errors.add(new InvalidField("description", "must be at most 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        Endpoints.WithSecret registered = endpoints.register(Caller.current(), body.url(),
                List.copyOf(new LinkedHashSet<>(body.eventTypes())), body.description());
        return ResponseEntity.created(URI.create("/api/v1/webhooks/endpoints/" + registered.endpoint().endpointId()))
                .body(EndpointWithSecret.of(registered));
    }

    @GetMapping
    @Operation(summary = "List webhook endpoints", description = "Roles: MARKETPLACE (its own), ADMIN (all). Secrets are "
            + "never listed.")
    @ApiResponse(responseCode = "200", description = "The endpoints")
    @ApiResponse(responseCode = "403", description = "The caller is neither the marketplace nor an admin")
    List<EndpointView> list() {
        return endpoints.visibleTo(Caller.current()).stream().map(EndpointView::of).toList();
    }

    @PostMapping("/{endpointId}/{action}")
    @Operation(summary = "Act on a webhook endpoint", description = "Roles: MARKETPLACE (its own), ADMIN. rotate-secret "
            + "answers the new secret once; the previous one keeps signing for redress.webhooks.secret-overlap (24 h). "
            + "disable stops deliveries; enable resumes them, pending ones at once.")
    @ApiResponse(responseCode = "200", description = "The endpoint (with the new secret after rotate-secret)")
    @ApiResponse(responseCode = "403", description = "The caller is neither the marketplace nor an admin")
    @ApiResponse(responseCode = "404", description = "No such endpoint or action, or not the caller's endpoint")
    EndpointWithSecret act(@PathVariable String endpointId,
            @Parameter(schema = @Schema(allowableValues = {"rotate-secret", "disable", "enable"})) @PathVariable String action) {
        Caller caller = Caller.current();
        return switch (action) {
            case "rotate-secret" -> EndpointWithSecret.of(endpoints.rotateSecret(caller, endpointId));
            case "disable" -> new EndpointWithSecret(EndpointView.of(endpoints.disable(caller, endpointId)), null, null);
            case "enable" -> new EndpointWithSecret(EndpointView.of(endpoints.enable(caller, endpointId)), null, null);
            default -> throw new ResourceNotFound("webhook endpoint action", action);
        };
    }
}
