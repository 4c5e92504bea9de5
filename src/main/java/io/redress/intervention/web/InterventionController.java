package io.redress.intervention.web;

import io.redress.aftersale.Cases;
import io.redress.identity.Caller;
import io.redress.intervention.Interventions;
import io.redress.intervention.QueueItem;
import io.redress.intervention.internal.WorkQueue;
import io.redress.shared.ConflictingState;
import io.redress.shared.InvalidRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Platform intervention: the agents' queue, a dispute as the caller sees it, and every action on it. */
@RestController
@RequestMapping("/api/v1/interventions")
class InterventionController {

    private static final String ACTIONS = "claim, release, reassign, accept, decline, request-evidence, "
            + "submit-evidence, extend-evidence, propose-settlement, accept-settlement, rule, appeal, review, suspend, "
            + "resume, withdraw";

    private final Interventions interventions;
    private final Clock clock;
    private final ZoneId zone;

    InterventionController(Interventions interventions, Clock clock,
            @Value("${redress.zone:Asia/Shanghai}") ZoneId zone) {
        this.interventions = interventions;
        this.clock = clock;
        this.zone = zone;
    }

    /** A page of the queue: {@code next} is the cursor of the following page (absent on the last). */
    record Queue(List<QueueItem> items, Integer page, int size, String next) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('AGENT', 'SENIOR_AGENT')")
    @Operation(summary = "The agents' queue", description = "Roles: AGENT, SENIOR_AGENT. Open disputes (or those of "
            + "one status), most urgent SLA first: time to accept while REQUESTED, time to rule in FIRST_REVIEW and "
            + "SUPERVISOR_REVIEW; atRisk once less than a quarter of the SLA is left. size 1..100. Page with cursor: "
            + "the first page without one, each next page with the answer's next (absent on the last). page (from 0) "
            + "is deprecated: it still answers that page, skipping the earlier ones; it cannot be combined with "
            + "cursor.")
    @ApiResponse(responseCode = "200", description = "A page of the queue")
    @ApiResponse(responseCode = "400", description = "Unknown status, page or size out of range, a cursor this "
            + "queue did not give out, or both page and cursor")
    Queue queue(@RequestParam(required = false) io.redress.aftersale.InterventionStatus status,
            @RequestParam(required = false) String assignedTo,
            @RequestParam(required = false) OffsetDateTime breachesBefore,
            @Parameter(deprecated = true) @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String cursor, @RequestParam(defaultValue = "20") int size) {
        if (page != null && page < 0) {
            throw new InvalidRequest("page", "must be 0 or more");
        }
        if (page != null && cursor != null) {
            throw new InvalidRequest("cursor", "page by cursor or by number, not both");
        }
        if (size < 1 || size > 100) {
            throw new InvalidRequest("size", "must be between 1 and 100");
        }
        String onlyStatus = status == null ? null : status.name();
        Instant before = breachesBefore == null ? null : breachesBefore.toInstant();
        if (page != null) {
            return new Queue(interventions.queue(onlyStatus, assignedTo, before, page, size), page, size, null);
        }
        WorkQueue.Keyset found = interventions.queue(onlyStatus, assignedTo, before, cursor, size);
        return new Queue(found.items(), null, size, found.next());
    }

    @GetMapping("/agents")
    @PreAuthorize("hasAnyRole('AGENT', 'SENIOR_AGENT')")
    @Operation(summary = "Each agent's open load", description = "Roles: AGENT, SENIOR_AGENT.")
    @ApiResponse(responseCode = "200", description = "Agents and the open disputes they hold")
    List<QueueItem.Load> loads() {
        return interventions.loads();
    }

    @GetMapping("/{caseId}")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER', 'AGENT', 'SENIOR_AGENT')")
    @Operation(summary = "A dispute", description = "Roles: the case's BUYER and SELLER; AGENT and SENIOR_AGENT on "
            + "any case with a dispute. allowedActions are the caller's.")
    @ApiResponse(responseCode = "200", description = "The dispute")
    @ApiResponse(responseCode = "404", description = "No such case or dispute, or the caller may not see it")
    InterventionView find(@PathVariable String caseId, Locale locale) {
        return InterventionView.of(interventions.find(Caller.current(), caseId), locale, zone, clock.instant());
    }

    @PostMapping("/{caseId}/{action}")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER', 'AGENT', 'SENIOR_AGENT')")
    @Operation(summary = "Act on a dispute", description = "Roles: parties (submit-evidence, extend-evidence, "
            + "accept-settlement, appeal, suspend, resume, withdraw), AGENT and SENIOR_AGENT (claim, release, "
            + "accept, decline, request-evidence, propose-settlement, rule, suspend, resume), SENIOR_AGENT only "
            + "(reassign, review; never the agent who ruled). The body carries the case version it was based on.")
    @ApiResponse(responseCode = "200", description = "The dispute after the action")
    @ApiResponse(responseCode = "400", description = "Malformed body, fields the action does not take or lacks")
    @ApiResponse(responseCode = "403", description = "The caller's role never acts on disputes")
    @ApiResponse(responseCode = "404", description = "No such action, case or dispute, or the caller may not see it")
    @ApiResponse(responseCode = "409", description = "Stale version (the problem carries the current case) or an "
            + "action not allowed now (the problem carries allowedActions)")
    @ApiResponse(responseCode = "422", description = "A rule refuses a field, e.g. an amount above the live quote "
            + "or evidence not on the case")
    InterventionView act(@PathVariable String caseId,
            @Parameter(description = ACTIONS) @PathVariable String action,
            @Valid @RequestBody InterventionBody body, Locale locale) {
        Caller caller = Caller.current();
        io.redress.intervention.InterventionCommand command;
        try {
            command = body.toCommand(action);
        } catch (InvalidRequest | io.redress.shared.ResourceNotFound refused) {
            interventions.find(caller, caseId); // a dispute the caller may not see is 404 whatever the body says
            throw refused;
        }
        try {
            return InterventionView.of(interventions.act(caller, caseId, command), locale, zone, clock.instant());
        } catch (Cases.StaleCase stale) {
            throw new ConflictingState(stale.getMessage()).with("version",
                    ((io.redress.aftersale.Case) stale.properties().get("case")).version());
        }
    }
}
