package io.redress.intervention;

import io.redress.aftersale.Actor;
import java.time.Instant;

/**
 * What happened to a platform dispute, for other modules (audit, webhooks, notifications). Each is published in
 * the transaction that made the change.
 */
public sealed interface InterventionEvent {

    String caseId();

    Instant at();

    record Requested(String caseId, Actor by, Instant at) implements InterventionEvent {
    }

    /** An agent took the dispute: claimed it, acted on it while nobody held it, or was given it by a senior agent. */
    record Claimed(String caseId, String agent, Instant at) implements InterventionEvent {
    }

    record Accepted(String caseId, String agent, Instant evidenceDueAt, Instant at) implements InterventionEvent {
    }

    record Declined(String caseId, String agent, DeclineReason reasonCode, Instant at) implements InterventionEvent {
    }

    record EvidenceRequested(String caseId, Actor party, String what, Instant dueAt, Instant at)
            implements InterventionEvent {
    }

    record EvidenceSubmitted(String caseId, Actor party, Instant at) implements InterventionEvent {
    }

    record EvidenceClosed(String caseId, Instant at) implements InterventionEvent {
    }

    record SettlementProposed(String caseId, long amount, String terms, Instant at) implements InterventionEvent {
    }

    record Settled(String caseId, long amount, Instant at) implements InterventionEvent {
    }

    record Ruled(String caseId, RulingOutcome outcome, Long amount, FaultParty faultParty, String ruledBy,
            String policyProfile, int policyVersion, Instant at) implements InterventionEvent {
    }

    record Appealed(String caseId, Actor party, Instant at) implements InterventionEvent {
    }

    record Reviewed(String caseId, ReviewDecision decision, String reviewer, Instant at) implements InterventionEvent {
    }

    /** An overturn that moved money the other way: {@code direction} names the ledger correction. */
    record RulingOverturned(String caseId, String direction, long amount, Instant at) implements InterventionEvent {
    }

    record Final(String caseId, Instant at) implements InterventionEvent {
    }

    record Suspended(String caseId, SuspensionGround ground, Actor by, Instant at) implements InterventionEvent {
    }

    record Resumed(String caseId, Actor by, Instant at) implements InterventionEvent {
    }

    record Withdrawn(String caseId, Actor by, Instant at) implements InterventionEvent {
    }
}
