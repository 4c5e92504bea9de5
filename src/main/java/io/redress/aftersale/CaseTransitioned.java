package io.redress.aftersale;

import java.time.Instant;
import org.springframework.modulith.events.Externalized;

/** A case moved through its transition table (published in the transaction that stored the change). */
@Externalized("redress.cases::#{caseId()}")
public record CaseTransitioned(String caseId, String orderId, CaseAction action, Actor actor, CaseStatus from,
        CaseStatus to, InterventionStatus intervention, CloseReason closeReason, long version, Instant at) {
}
