package io.redress.aftersale;

import java.time.Instant;
import org.springframework.modulith.events.Externalized;

/**
 * A case moved through its transition table (published in the transaction that stored the change); {@code reason}
 * is why, when whoever moved it said so (a ruling's reasons), null otherwise.
 */
@Externalized("redress.cases::#{caseId()}")
public record CaseTransitioned(String caseId, String orderId, CaseAction action, Actor actor, CaseStatus from,
        CaseStatus to, InterventionStatus intervention, CloseReason closeReason, long version, Instant at,
        String reason) {

    /** A transition nobody gave a reason for. */
    public CaseTransitioned(String caseId, String orderId, CaseAction action, Actor actor, CaseStatus from,
            CaseStatus to, InterventionStatus intervention, CloseReason closeReason, long version, Instant at) {
        this(caseId, orderId, action, actor, from, to, intervention, closeReason, version, at, null);
    }
}
