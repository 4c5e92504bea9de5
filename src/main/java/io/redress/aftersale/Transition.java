package io.redress.aftersale;

import java.util.Set;

/**
 * One row of the case transition table: in any of {@code from}, {@code action} by one of {@code actors}
 * on a case of one of {@code types}, while the intervention passes {@code guard}, leads to {@code to}
 * (null: the status stays), sets the intervention to {@code intervention} (null: unchanged) and,
 * for CLOSED, records {@code closeReason}.
 */
public record Transition(Set<CaseStatus> from, CaseAction action, Set<Actor> actors, Set<CaseType> types,
        InterventionGuard guard, CaseStatus to, InterventionStatus intervention, CloseReason closeReason) {

    public Transition {
        from = Set.copyOf(from);
        actors = Set.copyOf(actors);
        types = Set.copyOf(types);
        if ((to == CaseStatus.CLOSED) != (closeReason != null)) {
            throw new IllegalArgumentException("a close reason goes with CLOSED and only with it: " + action);
        }
    }

    boolean matches(CaseType type, CaseStatus status, InterventionStatus current, Actor actor) {
        return from.contains(status) && types.contains(type) && actors.contains(actor) && guard.accepts(current);
    }

    /** The status after this transition from {@code status}. */
    public CaseStatus target(CaseStatus status) {
        return to == null ? status : to;
    }

    /** The intervention sub-state after this transition from {@code current}. */
    public InterventionStatus interventionAfter(InterventionStatus current) {
        return intervention == null ? current : intervention;
    }
}
