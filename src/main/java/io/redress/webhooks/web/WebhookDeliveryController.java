package io.redress.webhooks.web;

import io.redress.identity.Caller;
import io.redress.shared.InvalidRequest;
import io.redress.webhooks.internal.Deliveries;
import io.redress.webhooks.internal.Delivery;
import io.redress.webhooks.internal.DeliveryAttempt;
import io.redress.webhooks.internal.Endpoint;
import io.redress.webhooks.internal.Endpoints;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The delivery log of the caller's endpoints, with each attempt's response code, and replay. */
@RestController
@RequestMapping("/api/v1/webhooks/deliveries")
@PreAuthorize("hasAnyRole('MARKETPLACE', 'ADMIN')")
@Tag(name = "Webhooks")
class WebhookDeliveryController {

    private static final Set<String> STATUSES = Set.of("PENDING", "SUCCEEDED", "FAILED");

    record DeliveryView(String deliveryId, String eventId, String eventType, String endpointId, String caseId,
            String status, int attempts, Instant nextAttemptAt, Integer lastStatusCode, String lastError,
            String replayOf, Instant createdAt, Instant completedAt, List<DeliveryAttempt> attemptLog) {

        static DeliveryView of(Delivery d, List<DeliveryAttempt> log) {
            return new DeliveryView(d.deliveryId(), d.eventId(), d.eventType(), d.endpointId(), d.subject(), d.status(),
                    d.attempts(), "PENDING".equals(d.status()) ? d.nextAttemptAt() : null, d.lastStatusCode(),
                    d.lastError(), d.replayOf(), d.createdAt(), d.completedAt(), log);
        }
    }

    record ReplayMany(@Schema(example = "we_0f8c…") String endpointId,
            @Schema(description = "Default FAILED", example = "FAILED") String status,
            @Schema(description = "Only deliveries created at or after this instant; default: all", example = "2026-12-01T00:00:00Z")
            Instant since) {
    }

    record Replayed(int replayed, List<DeliveryView> deliveries) {
    }

    private final Deliveries deliveries;
    private final Endpoints endpoints;

    WebhookDeliveryController(Deliveries deliveries, Endpoints endpoints) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
    }

    @GetMapping
    @Operation(summary = "List webhook deliveries", description = "Roles: MARKETPLACE (its endpoints), ADMIN (all). The "
            + "newest 100 first, each with its attempts and their response codes; filter by endpoint and status "
            + "(PENDING, SUCCEEDED, FAILED).")
    @ApiResponse(responseCode = "200", description = "The deliveries")
    @ApiResponse(responseCode = "400", description = "Unknown status")
    @ApiResponse(responseCode = "403", description = "The caller is neither the marketplace nor an admin")
    @ApiResponse(responseCode = "404", description = "No such endpoint, or not the caller's")
    List<DeliveryView> list(@RequestParam(required = false) String endpoint, @RequestParam(required = false) String status) {
        Caller caller = Caller.current();
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidRequest("status", "must be one of PENDING, SUCCEEDED, FAILED");
        }
        List<String> ids = endpoint != null ? List.of(endpoints.visible(caller, endpoint).endpointId())
                : endpoints.visibleTo(caller).stream().map(Endpoint::endpointId).toList();
        return deliveries.of(ids, status, 100).stream().map(d -> DeliveryView.of(d, deliveries.attempts(d.deliveryId()))).toList();
    }

    @PostMapping("/{deliveryId}/replay")
    @Operation(summary = "Replay one webhook delivery", description = "Roles: MARKETPLACE (its endpoints), ADMIN. Sends "
            + "the same event (same webhook-id) again as a new delivery, behind what is queued for its case.")
    @ApiResponse(responseCode = "200", description = "The new delivery")
    @ApiResponse(responseCode = "403", description = "The caller is neither the marketplace nor an admin")
    @ApiResponse(responseCode = "404", description = "No such delivery, or not of the caller's endpoints")
    @ApiResponse(responseCode = "409", description = "The delivery is still pending")
    DeliveryView replay(@PathVariable String deliveryId) {
        Delivery original = deliveries.find(deliveryId);
        endpoints.visibleOrHidden(Caller.current(), original.endpointId(), "webhook delivery", deliveryId);
        Delivery replayed = deliveries.replay(original);
        return DeliveryView.of(replayed, List.of());
    }

    @PostMapping("/replay")
    @Operation(summary = "Replay many webhook deliveries", description = "Roles: MARKETPLACE (its endpoints), ADMIN. "
            + "Replays every delivery of the endpoint in the status (default FAILED) created since the instant, oldest first.")
    @ApiResponse(responseCode = "200", description = "The new deliveries")
    @ApiResponse(responseCode = "400", description = "Missing endpointId or unknown status")
    @ApiResponse(responseCode = "403", description = "The caller is neither the marketplace nor an admin")
    @ApiResponse(responseCode = "404", description = "No such endpoint, or not the caller's")
    Replayed replayMany(@RequestBody ReplayMany body) {
        if (body.endpointId() == null || body.endpointId().isBlank()) {
            throw new InvalidRequest("endpointId", "is required");
        }
        String status = body.status() == null ? "FAILED" : body.status();
        if (!Set.of("SUCCEEDED", "FAILED").contains(status)) {
            throw new InvalidRequest("status", "must be SUCCEEDED or FAILED");
        }
        Endpoint endpoint = endpoints.visible(Caller.current(), body.endpointId());
        List<Delivery> replayed = deliveries.replayAll(endpoint.endpointId(), status,
                body.since() == null ? Instant.EPOCH : body.since());
        return new Replayed(replayed.size(), replayed.stream().map(d -> DeliveryView.of(d, List.of())).toList());
    }
}
