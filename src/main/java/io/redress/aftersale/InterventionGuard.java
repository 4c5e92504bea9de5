package io.redress.aftersale;

/** Which intervention sub-states a transition accepts. */
public enum InterventionGuard {
    /** Nobody has asked the platform yet. */
    NONE,
    /** No dispute is open at the platform (never escalated, not accepted, withdrawn, or already ruled). */
    NOT_OPEN,
    /** The dispute waits for the first review's ruling. */
    FIRST_REVIEW,
    /** A ruling was executed and may be appealed. */
    APPEAL_OPEN,
    ANY;

    public boolean accepts(InterventionStatus intervention) {
        return switch (this) {
            case NONE -> intervention == InterventionStatus.NONE;
            case NOT_OPEN -> !intervention.open();
            case FIRST_REVIEW -> intervention == InterventionStatus.FIRST_REVIEW;
            case APPEAL_OPEN -> intervention == InterventionStatus.APPEAL_OPEN;
            case ANY -> true;
        };
    }
}
