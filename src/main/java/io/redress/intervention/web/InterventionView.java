package io.redress.intervention.web;

import io.redress.aftersale.Actor;
import io.redress.intervention.Dossier;
import io.redress.intervention.Interventions;
import io.redress.intervention.QueueItem;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * A dispute as one caller sees it. Parties see their own evidence period, draft and requests and the other side's
 * submission once made; platform staff see both sides' drafts, every request and the SLA.
 */
record InterventionView(String caseId, String caseStatus,
        @Schema(description = "the intervention sub-state") String status, String agent, String requestedBy,
        OffsetDateTime requestedAt,
        @Schema(description = "when the caller's evidence is due (staff: the later of the two)") OffsetDateTime evidenceDueAt,
        @Schema(description = "staff only: when the agents' SLA breaches") OffsetDateTime slaDueAt,
        @Schema(description = "staff only") Boolean atRisk, Decline declineReason, Dossier.Suspension suspension,
        List<Party> parties, List<Request> requests, Dossier.Settlement settlement, Dossier.Ruling ruling,
        Dossier.Appeal appeal, String currency, long version, List<String> allowedActions) {

    /** Why the platform did not accept the dispute, in the caller's language. */
    record Decline(String code, String message) {
    }

    record Party(String party, OffsetDateTime dueAt, boolean extended, String draftStatement,
            List<String> draftEvidenceIds, OffsetDateTime submittedAt, String statement, List<String> evidenceIds) {
    }

    record Request(String requestId, String party, String what, OffsetDateTime dueAt, OffsetDateTime answeredAt) {
    }

    static InterventionView of(Interventions.Seen seen, Locale locale, ZoneId zone, Instant now) {
        Dossier d = seen.dossier();
        boolean staff = seen.staff();
        Actor me = seen.actor();
        List<Party> parties = d.parties().stream().filter(p -> staff || p.party() == me || p.submittedAt() != null)
                .map(p -> {
                    boolean draftVisible = staff || p.party() == me;
                    return new Party(p.party().name(), local(p.dueAt(), zone), p.extended(),
                            draftVisible ? p.draftStatement() : null, draftVisible ? p.draftEvidenceIds() : List.of(),
                            local(p.submittedAt(), zone), p.statement(), p.evidenceIds());
                }).toList();
        List<Request> requests = d.requests().stream().filter(r -> staff || r.party() == me)
                .map(r -> new Request(r.requestId(), r.party().name(), r.what(), local(r.dueAt(), zone),
                        local(r.answeredAt(), zone))).toList();
        Instant evidenceDue = staff ? d.evidenceDueAt()
                : d.party(me).filter(p -> p.submittedAt() == null).map(Dossier.PartyEvidence::dueAt).orElse(null);
        return new InterventionView(d.caseId(), seen.detail().status().name(), seen.detail().intervention().name(),
                d.agent(), d.requestedBy().name(), local(d.requestedAt(), zone), local(evidenceDue, zone),
                staff ? local(d.slaDueAt(), zone) : null,
                staff ? QueueItem.atRisk(d.slaStartedAt(), d.slaDueAt(), now) : null,
                d.declineReason() == null ? null
                        : new Decline(d.declineReason().name(), d.declineReason().message(locale)),
                d.suspension(), parties, requests, d.settlement(), d.ruling(), d.appeal(), seen.detail().currency(),
                seen.detail().version(), seen.allowedActions());
    }

    static OffsetDateTime local(Instant at, ZoneId zone) {
        return at == null ? null : at.atZone(zone).toOffsetDateTime();
    }
}
