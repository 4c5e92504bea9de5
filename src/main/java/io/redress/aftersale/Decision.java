package io.redress.aftersale;

import java.util.Set;

/** The answer of the transition table to a requested action. */
public sealed interface Decision {

    /** The action applies: the case moves to {@code status} with {@code intervention} (and a close reason for CLOSED). */
    record Allowed(CaseStatus status, InterventionStatus intervention, CloseReason closeReason, Transition by)
            implements Decision {
    }

    /** The action does not apply now; {@code allowed} is what the same actor could do instead. */
    record Refused(CaseAction action, Set<CaseAction> allowed) implements Decision {
    }
}
