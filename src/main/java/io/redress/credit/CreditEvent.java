package io.redress.credit;

import java.time.Instant;

/** What happened to a party's credit, for the audit trail and the webhook catalogue; published in the change's transaction. */
public sealed interface CreditEvent {

    String partyType();

    String partyId();

    Instant at();

    record PenaltyIssued(String penaltyId, String partyType, String partyId, PenaltyKind kind, Privilege privilege,
            Long fineAmount, String reasonCode, String reasons, String ruleVersion, String issuedBy, Instant expiresAt,
            Instant at) implements CreditEvent {
    }

    record PenaltyRevoked(String penaltyId, String partyType, String partyId, PenaltyKind kind, String revokedBy,
            String reason, String via, Instant at) implements CreditEvent {
    }

    record PenaltyAppealed(String penaltyId, String partyType, String partyId, String by, Instant at)
            implements CreditEvent {
    }

    record PenaltyReviewed(String penaltyId, String partyType, String partyId,
            io.redress.intervention.ReviewDecision decision, String reviewer, Instant at) implements CreditEvent {
    }

    record StandingChanged(String partyType, String partyId, Standing.Level from, Standing.Level to, int points,
            Instant at) implements CreditEvent {
    }

    record InputRecorded(String inputId, String partyType, String partyId, CreditKind kind, String sourceType,
            String sourceRef, Instant occurredAt, Instant at) implements CreditEvent {
    }
}
