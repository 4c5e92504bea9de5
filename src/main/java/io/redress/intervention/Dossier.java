package io.redress.intervention;

import io.redress.aftersale.Actor;
import io.redress.aftersale.InterventionStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A platform dispute as stored: who asked, the agent holding it, the agents' SLA clock, each party's evidence
 * period and submission, the agent's evidence requests, the settlement on the table, the ruling and the appeal.
 * The sub-state is the case's ({@code status} is kept in step in the same transaction).
 */
public record Dossier(String caseId, String orderId, InterventionStatus status, Actor requestedBy,
        Instant requestedAt, String agent, Instant slaStartedAt, Instant slaDueAt, DeclineReason declineReason,
        Suspension suspension, List<PartyEvidence> parties, List<EvidenceRequest> requests, Settlement settlement,
        Ruling ruling, Appeal appeal) {

    public Dossier {
        parties = List.copyOf(parties);
        requests = List.copyOf(requests);
    }

    /** A party's evidence period: due when, extended once or not, its draft and its (final) submission. */
    public record PartyEvidence(Actor party, Instant dueAt, boolean extended, String draftStatement,
            List<String> draftEvidenceIds, Instant submittedAt, String statement, List<String> evidenceIds) {

        /** Submitted, or its time is up at {@code now}. */
        public boolean done(Instant now) {
            return submittedAt != null || !now.isBefore(dueAt);
        }
    }

    /** An agent asked one party for specific evidence by {@code dueAt}; answered by that party's next submission. */
    public record EvidenceRequest(String requestId, Actor party, String what, Instant dueAt, String requestedBy,
            Instant requestedAt, Instant answeredAt) {

        public boolean open(Instant now) {
            return answeredAt == null && now.isBefore(dueAt);
        }
    }

    /** Where the dispute was suspended from, on which ground, since when. */
    public record Suspension(InterventionStatus from, SuspensionGround ground, Instant since) {
    }

    /** The settlement an agent proposed and which parties accepted it. */
    public record Settlement(long amount, String terms, String proposedBy, Instant buyerAcceptedAt,
            Instant sellerAcceptedAt) {

        public boolean acceptedByBoth() {
            return buyerAcceptedAt != null && sellerAcceptedAt != null;
        }
    }

    /** The first review's ruling, or an accepted settlement executed as one ({@code settled}). */
    public record Ruling(RulingOutcome outcome, Long amount, FaultParty faultParty, String reasons,
            List<String> evidenceIds, String policyProfile, int policyVersion, boolean settled, String ruledBy,
            Instant ruledAt) {
    }

    /** The one appeal and, once reviewed, the supervisor's decision and any ledger correction it booked. */
    public record Appeal(Actor party, String message, List<String> evidenceIds, Instant appealedAt,
            ReviewDecision decision, String reasons, String reviewedBy, Instant reviewedAt, String correction,
            Long correctionAmount) {
    }

    public Optional<PartyEvidence> party(Actor party) {
        return parties.stream().filter(p -> p.party() == party).findFirst();
    }

    /** The latest evidence due time of either party, null outside the evidence phase. */
    public Instant evidenceDueAt() {
        return parties.stream().filter(p -> p.submittedAt() == null).map(PartyEvidence::dueAt)
                .max(Instant::compareTo).orElse(null);
    }

    /** Whether every party is done and no requested evidence is outstanding at {@code now}. */
    public boolean evidenceComplete(Instant now) {
        return !parties.isEmpty() && parties.stream().allMatch(p -> p.done(now))
                && requests.stream().noneMatch(r -> r.open(now));
    }
}
