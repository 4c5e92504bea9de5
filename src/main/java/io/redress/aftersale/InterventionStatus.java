package io.redress.aftersale;

/** The platform-intervention sub-state, orthogonal to the case status (docs/lifecycle.md). */
public enum InterventionStatus {
    NONE, REQUESTED, ACCEPTED, NOT_ACCEPTED, WITHDRAWN, EVIDENCE, SUSPENDED, FIRST_REVIEW, RULED, APPEAL_OPEN,
    SUPERVISOR_REVIEW, FINAL;

    /** The platform is handling the dispute and has not ruled yet: the parties' moves and the timers wait. */
    public boolean open() {
        return switch (this) {
            case REQUESTED, ACCEPTED, EVIDENCE, SUSPENDED, FIRST_REVIEW -> true;
            default -> false;
        };
    }
}
