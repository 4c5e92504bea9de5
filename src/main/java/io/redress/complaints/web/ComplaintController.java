package io.redress.complaints.web;

import io.redress.complaints.Complaint;
import io.redress.complaints.Complaints;
import io.redress.identity.Caller;
import io.redress.shared.InvalidRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Complaints: parties file them on their cases, agents acknowledge and resolve, senior agents take the escalated. */
@RestController
@RequestMapping("/api/v1/complaints")
class ComplaintController {

    record ComplaintFiling(@NotBlank @Size(max = 100) String caseId, @NotNull Complaint.Against against,
            @NotNull Complaint.Category category, @NotBlank @Size(max = 2000) String message,
            @Size(max = 10) List<@NotBlank @Size(max = 100) String> evidenceIds) {
    }

    record ComplaintActionBody(@NotNull @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version, Complaint.Finding finding,
            @Size(max = 2000) String note) {
    }

    record ComplaintView(String complaintId, String caseId, String complainant, String complainantRole,
            Complaint.Against against, Complaint.Category category, String message, List<String> evidenceIds,
            Complaint.Status status, boolean escalated, List<String> breaches, Instant acknowledgeDue, Instant resolveDue,
            Complaint.Finding finding, String resolution, String resolvedBy, long version, Instant filedAt,
            Instant updatedAt, String policyProfile, Integer policyVersion, List<String> allowedActions) {

        static ComplaintView of(Complaint c, Caller caller) {
            return new ComplaintView(c.complaintId(), c.caseId(), c.complainant(), c.complainantRole(), c.against(),
                    c.category(), c.message(), c.evidenceIds(), c.status(), c.escalated(), c.breaches(), c.acknowledgeDue(),
                    c.resolveDue(), c.finding(), c.resolution(), c.resolvedBy(), c.version(), c.filedAt(), c.updatedAt(),
                    c.policyProfile(), c.policyVersion(), Complaints.allowed(caller, c));
        }
    }

    private final Complaints complaints;

    ComplaintController(Complaints complaints) {
        this.complaints = complaints;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER')")
    @Operation(summary = "File a complaint about a case's handling",
            description = "Roles: BUYER (about the SELLER or the PLATFORM, on their own case), SELLER (about the "
            + "PLATFORM, on a case of their shop). Acknowledged and resolved within the service levels of the policy "
            + "version in force when filed (by default 24 h and 7 working days), or it is escalated to a senior agent.")
    @ApiResponse(responseCode = "201", description = "The complaint, with its SLA due times")
    @ApiResponse(responseCode = "400", description = "A field is missing or invalid (named), or evidence not of this case")
    @ApiResponse(responseCode = "403", description = "The caller is neither buyer nor seller")
    @ApiResponse(responseCode = "404", description = "No such case, or not the caller's")
    ComplaintView file(@Valid @RequestBody ComplaintFiling body) {
        Caller caller = Caller.current();
        return ComplaintView.of(complaints.file(caller, new Complaints.Filing(body.caseId(), body.against(),
                body.category(), body.message(), body.evidenceIds() == null ? List.of() : body.evidenceIds())), caller);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('BUYER', 'SELLER', 'AGENT', 'SENIOR_AGENT', 'AUDITOR', 'ADMIN')")
    @Operation(summary = "Complaints the caller may see",
            description = "Roles: BUYER, SELLER (those they filed, and for sellers those about their shop), AGENT, "
            + "SENIOR_AGENT, AUDITOR, ADMIN (all). escalated=true: the senior agents' queue.")
    @ApiResponse(responseCode = "200", description = "Newest first")
    @ApiResponse(responseCode = "403", description = "The marketplace's service key")
    List<ComplaintView> list(@RequestParam(defaultValue = "false") boolean escalated) {
        Caller caller = Caller.current();
        return complaints.visibleTo(caller, escalated).stream().map(c -> ComplaintView.of(c, caller)).toList();
    }

    @PostMapping("/{complaintId}/{action}")
    @PreAuthorize("hasAnyRole('AGENT', 'SENIOR_AGENT')")
    @Operation(summary = "Acknowledge or resolve a complaint",
            description = "Roles: AGENT, SENIOR_AGENT; an escalated complaint only SENIOR_AGENT resolves. action is "
            + "acknowledge or resolve; resolve needs finding (FAULT_FOUND, NO_FAULT, MALICIOUS) and note. MALICIOUS is "
            + "recorded against the complainant.")
    @ApiResponse(responseCode = "200", description = "The complaint after the action")
    @ApiResponse(responseCode = "400", description = "version missing, finding or note missing or invalid")
    @ApiResponse(responseCode = "403", description = "The caller is not an agent")
    @ApiResponse(responseCode = "404", description = "No such complaint or action")
    @ApiResponse(responseCode = "409", description = "Stale version or an action not allowed now; lists allowedActions")
    ComplaintView act(@PathVariable String complaintId, @PathVariable String action, @Valid @RequestBody ComplaintActionBody body) {
        if (!action.equals("acknowledge") && !action.equals("resolve")) {
            throw new io.redress.shared.ResourceNotFound("complaint action", action);
        }
        if (body.version() == null) {
            throw new InvalidRequest("version", "is required");
        }
        Caller caller = Caller.current();
        return ComplaintView.of(complaints.act(caller, complaintId, action, body.version(), body.finding(), body.note()), caller);
    }
}
