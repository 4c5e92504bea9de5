package io.redress.aftersale.web;

import io.redress.aftersale.CaseInbox;
import io.redress.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What awaits the caller: the cases where it is their turn, and by when. */
@RestController
class InboxController {

    private final CaseInbox inbox;
    private final ZoneId zone;

    InboxController(CaseInbox inbox, @Value("${redress.zone:Asia/Shanghai}") ZoneId zone) {
        this.inbox = inbox;
        this.zone = zone;
    }

    /** One thing awaited from the caller. */
    record InboxItem(String caseId, String orderId,
            @Schema(description = "answer-request, answer-proposal, revise-or-escalate, ship-return, "
                    + "confirm-receipt, ship-replacement, confirm-replacement, accept-dispute, rule") String awaiting,
            @Schema(description = "null when no deadline runs") OffsetDateTime dueAt,
            @Schema(description = "what the system does at dueAt") String onExpiry, CaseView detail) {
    }

    /** The caller's inbox, soonest due first. */
    record Inbox(List<InboxItem> items) {
    }

    @GetMapping("/api/v1/inbox")
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER', 'AGENT', 'SENIOR_AGENT')")
    @Operation(summary = "What awaits the caller", description = "Roles: BUYER (own cases), SELLER (the shop's), "
            + "AGENT and SENIOR_AGENT (disputes to accept or rule on). Derived from the cases' states, deadlines and "
            + "pending proposals; soonest due first, items without a deadline last; at most "
            + CaseInbox.SHOWN + " cases are looked at.")
    @ApiResponse(responseCode = "200", description = "The items")
    @ApiResponse(responseCode = "403", description = "A role nothing is awaited from")
    Inbox inbox() {
        return new Inbox(inbox.of(Caller.current()).stream().map(i -> new InboxItem(i.overview().detail().caseId(),
                i.overview().detail().orderId(), i.what(), i.dueAt() == null ? null : CaseView.local(i.dueAt(), zone),
                i.overview().deadline() == null ? null : i.overview().deadline().onExpiry(),
                CaseView.of(i.overview(), zone))).toList());
    }
}
