package io.redress.aftersale.web;

import io.redress.aftersale.Case;
import io.redress.aftersale.CaseCommand;
import io.redress.aftersale.CaseDesk;
import io.redress.aftersale.CaseOverview;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.Cases;
import io.redress.identity.Caller;
import io.redress.shared.ConflictingState;
import io.redress.shared.InvalidRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** After-sale cases: buyers apply, the parties act on them, and whoever may see a case reads it and its timeline. */
@RestController
@RequestMapping("/api/v1/cases")
class CaseController {

    private final CaseDesk desk;
    private final ZoneId zone;

    CaseController(CaseDesk desk, @Value("${redress.zone:Asia/Shanghai}") ZoneId zone) {
        this.desk = desk;
        this.zone = zone;
    }

    /**
     * A page of cases as the list answers it: {@code next} is the cursor of the following page (absent on the last);
     * {@code page} and {@code total} are there when the caller paged by number (and {@code total} for one order's
     * cases).
     */
    record CaseList(List<CaseView> items, Integer page, int size, Long total, String next) {
    }

    @PostMapping
    @PreAuthorize("hasRole('BUYER')")
    @Operation(summary = "Apply for an after-sale case", description = "Roles: BUYER (own orders). requestedAmount "
            + "must not exceed the quote's maxRefundable; omitted = the maximum. The refund is reserved at once.")
    @ApiResponse(responseCode = "201", description = "Case opened")
    @ApiResponse(responseCode = "400", description = "Malformed body")
    @ApiResponse(responseCode = "403", description = "The caller is not a buyer")
    @ApiResponse(responseCode = "404", description = "No such order, or not the caller's")
    @ApiResponse(responseCode = "422", description = "Not eligible, or requestedAmount above maxRefundable")
    ResponseEntity<CaseView> apply(@Valid @RequestBody ApplicationBody body, Locale locale) {
        Caller caller = Caller.current();
        CaseOverview opened = desk.opened(caller, body.toApplication(), locale);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + opened.detail().caseId()))
                .body(CaseView.of(opened, zone));
    }

    @GetMapping("/{caseId}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Read a case", description = "Roles: any; BUYER sees own cases, SELLER its shop's, staff "
            + "all. allowedActions are those of the caller.")
    @ApiResponse(responseCode = "200", description = "The case")
    @ApiResponse(responseCode = "404", description = "No such case, or the caller may not see it")
    CaseView find(@PathVariable String caseId) {
        return CaseView.of(desk.find(Caller.current(), caseId), zone);
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "List cases", description = "Roles: any; only the cases the caller may see: a buyer's "
            + "newest first, a seller's queue most urgent deadline first (none last), optionally by status and "
            + "orderId. size 1..100. Page with cursor: the first page without one, each next page with the answer's "
            + "next (absent on the last page); every page costs the same however many cases there are. page (from 0) "
            + "is deprecated: it still answers that page with total, every matching case counted, and gets slower as "
            + "the list grows; it cannot be combined with cursor.")
    @ApiResponse(responseCode = "200", description = "A page of cases")
    @ApiResponse(responseCode = "400", description = "Unknown status, page or size out of range, a cursor this list "
            + "did not give out, or both page and cursor")
    CaseList list(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) String orderId,
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
        CaseDesk.CasePage found = page != null ? desk.list(Caller.current(), status, orderId, page, size)
                : desk.list(Caller.current(), status, orderId, cursor, size);
        return new CaseList(found.items().stream().map(o -> CaseView.of(o, zone)).toList(), found.page(),
                found.size(), found.total(), found.next());
    }

    @GetMapping("/{caseId}/timeline")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A case's timeline", description = "Roles: any who may see the case. Every event: who, "
            + "when, what, from which status to which.")
    @ApiResponse(responseCode = "200", description = "The events, oldest first")
    @ApiResponse(responseCode = "404", description = "No such case, or the caller may not see it")
    List<TimelineEntry> timeline(@PathVariable String caseId) {
        return desk.timeline(Caller.current(), caseId).stream().map(e -> TimelineEntry.of(e, zone)).toList();
    }

    @PostMapping("/{caseId}/{action}")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER')")
    @Operation(summary = "Act on a case", description = "Roles: BUYER of the order (revise, cancel, ship-return, escalate, "
            + "confirm-replacement, appeal, accept-proposal, reject-proposal) or SELLER of the shop (agree, refuse, "
            + "confirm-receipt, refuse-receipt, escalate, ship-replacement, appeal, propose). The body carries the "
            + "version it was based on. agree takes the request as it stands; another amount is a proposal "
            + "(propose: amount and/or returnAddress, amount from 1 to the requested amount and the live quote) "
            + "that the buyer accepts (a modification; it executes like an agreement) or rejects (the request "
            + "stands refused).")
    @ApiResponse(responseCode = "200", description = "The case after the action")
    @ApiResponse(responseCode = "400", description = "Malformed body, or fields this action does not take")
    @ApiResponse(responseCode = "403", description = "The caller is neither buyer nor seller")
    @ApiResponse(responseCode = "404", description = "No such action or case, or the caller may not see the case")
    @ApiResponse(responseCode = "409", description = "Stale version (the problem carries the current case) or an "
            + "action not allowed now (the problem carries allowedActions)")
    @ApiResponse(responseCode = "422", description = "The action's fields break a rule, e.g. an amount too high")
    CaseView act(@PathVariable String caseId,
            @Parameter(schema = @Schema(allowableValues = {"agree", "refuse", "revise", "cancel", "ship-return",
                    "confirm-receipt", "refuse-receipt", "escalate", "ship-replacement", "confirm-replacement",
                    "appeal", "propose", "accept-proposal", "reject-proposal"})) @PathVariable String action, @Valid @RequestBody ActionBody body,
            Locale locale) {
        Caller caller = Caller.current();
        CaseCommand command;
        try {
            command = body.toCommand(action);
        } catch (InvalidRequest invalid) {
            desk.find(caller, caseId); // a case the caller may not see is 404 whatever the body says
            throw invalid;
        }
        try {
            return CaseView.of(desk.acted(caller, caseId, command, locale), zone);
        } catch (Cases.StaleCase stale) {
            Case current = (Case) stale.properties().get("case");
            throw new ConflictingState(stale.getMessage()).with("case", CaseView.of(desk.overview(caller, current), zone));
        }
    }
}
