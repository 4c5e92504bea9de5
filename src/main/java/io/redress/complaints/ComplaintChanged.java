package io.redress.complaints;

import java.time.Instant;

/**
 * A complaint was filed, acknowledged, escalated (by an SLA breach) or resolved (published in the transaction that
 * stored it); {@code finding} is set on resolution, for the credit of the party found at fault.
 */
public record ComplaintChanged(String complaintId, String caseId, String action, Complaint.Against against,
        Complaint.Status status, boolean escalated, Complaint.Finding finding, String complainant, Instant at) {

    static ComplaintChanged of(Complaint c, String action) {
        return new ComplaintChanged(c.complaintId(), c.caseId(), action, c.against(), c.status(), c.escalated(),
                c.finding(), c.complainant(), c.updatedAt());
    }
}
