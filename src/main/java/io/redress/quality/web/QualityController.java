package io.redress.quality.web;

import io.redress.identity.Caller;
import io.redress.intervention.FaultParty;
import io.redress.intervention.RulingOutcome;
import io.redress.quality.AgentMetrics;
import io.redress.quality.QaSample;
import io.redress.quality.Quality;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Service quality: the sample of rulings re-reviewed by senior agents, and each agent's measures. */
@RestController
@RequestMapping("/api/v1/quality")
class QualityController {

    record ReviewBody(@NotNull QaSample.Verdict verdict, @NotBlank @Size(max = 2000) String reasons) {
    }

    record SampleView(String sampleId, String caseId, String agent, RulingOutcome outcome, FaultParty faultParty,
            Long amount, String policyProfile, int policyVersion, Instant ruledAt, QaSample.Status status,
            QaSample.Verdict verdict, String reasons, String reviewedBy, Instant reviewedAt, List<String> allowedActions) {

        static SampleView of(QaSample s, Caller caller) {
            return new SampleView(s.sampleId(), s.caseId(), s.agent(), s.outcome(), s.faultParty(), s.amount(),
                    s.policyProfile(), s.policyVersion(), s.ruledAt(), s.status(), s.verdict(), s.reasons(), s.reviewedBy(),
                    s.reviewedAt(), Quality.allowed(caller, s));
        }
    }

    private final Quality quality;

    QualityController(Quality quality) {
        this.quality = quality;
    }

    @GetMapping("/samples")
    @PreAuthorize("hasAnyRole('SENIOR_AGENT', 'ADMIN', 'AUDITOR')")
    @Operation(summary = "Rulings in the quality sample",
            description = "Roles: SENIOR_AGENT, ADMIN, AUDITOR. A share of each agent's rulings (qaSamplePercent of "
            + "the policy version the ruling applied), drawn by a keyed hash of the ruling's case id. status=PENDING: "
            + "waiting for review; REVIEWED: reviewed; absent: both. Oldest ruling first.")
    @ApiResponse(responseCode = "200", description = "The samples")
    @ApiResponse(responseCode = "400", description = "status is not PENDING or REVIEWED")
    @ApiResponse(responseCode = "403", description = "Not a senior agent, admin or auditor")
    List<SampleView> samples(@RequestParam(required = false) QaSample.Status status) {
        Caller caller = Caller.current();
        return quality.samples(status).stream().map(s -> SampleView.of(s, caller)).toList();
    }

    @PostMapping("/samples/{sampleId}/review")
    @PreAuthorize("hasRole('SENIOR_AGENT')")
    @Operation(summary = "Re-review a sampled ruling",
            description = "Roles: SENIOR_AGENT, never the agent who made the ruling (four eyes). verdict AGREE or "
            + "DISAGREE, with reasons. Once per sample; recorded in the audit trail (quality.reviewed).")
    @ApiResponse(responseCode = "200", description = "The sample with its review")
    @ApiResponse(responseCode = "400", description = "verdict or reasons missing or invalid")
    @ApiResponse(responseCode = "403", description = "Not a senior agent")
    @ApiResponse(responseCode = "404", description = "No such sample")
    @ApiResponse(responseCode = "409", description = "The reviewer made the ruling, or the sample was already reviewed")
    SampleView review(@PathVariable String sampleId, @Valid @RequestBody ReviewBody body) {
        Caller caller = Caller.current();
        return SampleView.of(quality.review(caller, sampleId, body.verdict(), body.reasons()), caller);
    }

    @GetMapping("/agents")
    @PreAuthorize("hasAnyRole('SENIOR_AGENT', 'ADMIN', 'AUDITOR')")
    @Operation(summary = "Each agent's service measures",
            description = "Roles: SENIOR_AGENT, ADMIN, AUDITOR. Per agent: first responses (disputes they claimed "
            + "first) and the average seconds from the dispute's opening to that claim; rulings and the average seconds "
            + "from their claim to the ruling; sampled, reviewed and agreed rulings and the agreement rate (0 to 1, "
            + "null before any review); complaints against the platform on cases they held.")
    @ApiResponse(responseCode = "200", description = "One row per agent, by name")
    @ApiResponse(responseCode = "403", description = "Not a senior agent, admin or auditor")
    List<AgentMetrics> agents() {
        return quality.agents();
    }
}
