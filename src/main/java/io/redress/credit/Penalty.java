package io.redress.credit;

import io.redress.intervention.ReviewDecision;
import java.time.Instant;
import java.util.List;

/**
 * A penalty with its due process: why ({@code reasonCode}, {@code reasons}), on what ({@code evidenceIds},
 * {@code caseIds}), under which rule version, who issued it (SYSTEM for the ladder) and for how long. It is never
 * deleted: a revocation is a record of its own, and a revoked or expired penalty never applies.
 */
public record Penalty(String penaltyId, Party party, PenaltyKind kind, Privilege privilege, Long fineAmount,
        Integer step, String reasonCode, String reasons, List<String> evidenceIds, List<String> caseIds,
        String ruleVersion, String issuedBy, Instant issuedAt, Instant expiresAt, Appeal appeal,
        Revocation revocation) {

    public static final String SYSTEM = "SYSTEM";

    public enum Status { ACTIVE, EXPIRED, REVOKED }

    /** The subject's appeal and, once decided, the senior agent's review (UPHELD: the penalty stands). */
    public record Appeal(String by, String message, List<String> evidenceIds, Instant at, ReviewDecision decision,
            String reasons, String reviewedBy, Instant reviewedAt) {

        public boolean pending() {
            return decision == null;
        }
    }

    /** The record that ended the penalty: by an agent ({@code REVOKE}) or by an overturning review ({@code APPEAL}). */
    public record Revocation(String by, String reason, String via, Instant at) {
    }

    public Penalty {
        evidenceIds = List.copyOf(evidenceIds);
        caseIds = List.copyOf(caseIds);
    }

    /** Whether it binds at {@code now}: issued, not yet expired, never revoked. */
    public boolean appliesAt(Instant now) {
        return revocation == null && !issuedAt.isAfter(now) && now.isBefore(expiresAt);
    }

    public Status status(Instant now) {
        if (revocation != null) {
            return Status.REVOKED;
        }
        return appliesAt(now) ? Status.ACTIVE : Status.EXPIRED;
    }

    public Penalty withAppeal(Appeal next) {
        return new Penalty(penaltyId, party, kind, privilege, fineAmount, step, reasonCode, reasons, evidenceIds, caseIds,
                ruleVersion, issuedBy, issuedAt, expiresAt, next, revocation);
    }

    public Penalty withRevocation(Revocation next) {
        return new Penalty(penaltyId, party, kind, privilege, fineAmount, step, reasonCode, reasons, evidenceIds, caseIds,
                ruleVersion, issuedBy, issuedAt, expiresAt, appeal, next);
    }
}
