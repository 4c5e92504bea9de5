package io.redress.complaints;

import java.time.Instant;
import java.util.List;

/**
 * One complaint as stored; {@code breaches} lists the SLA steps that ran out (ACKNOWLEDGE, RESOLVE); the policy
 * version in force when it was filed set its due times.
 */
public record Complaint(String complaintId, String caseId, String shopId, String complainant, String complainantRole, Against against,
        Category category, String message, List<String> evidenceIds, Status status, boolean escalated,
        List<String> breaches, Instant acknowledgeDue, Instant resolveDue, Finding finding, String resolution,
        String resolvedBy, long version, Instant filedAt, Instant updatedAt, String policyProfile, Integer policyVersion) {

    /** Whom the complaint is about. */
    public enum Against { SELLER, PLATFORM }

    public enum Category { SLOW_RESPONSE, UNFAIR_DECISION, RUDE_SERVICE, WRONG_AMOUNT, MISLEADING_INFORMATION, OTHER }

    public enum Status { FILED, ACKNOWLEDGED, RESOLVED }

    /** The outcome: the party complained about was at fault, was not, or the complaint was malicious. */
    public enum Finding { FAULT_FOUND, NO_FAULT, MALICIOUS }

    public boolean open() {
        return status != Status.RESOLVED;
    }
}
