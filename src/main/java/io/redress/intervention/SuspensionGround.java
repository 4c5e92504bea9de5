package io.redress.intervention;

import io.redress.policy.TimerId;

/**
 * Why a dispute is suspended, and the timer after which the platform resumes it unless a party does: talks off the
 * platform have T_SUSPEND (30 days by default) to act on the funds; an announced lawsuit or police report has
 * T_SUSPEND_FILING (7 working days) to file its receipt.
 */
public enum SuspensionGround {
    OFF_PLATFORM_TALKS(TimerId.T_SUSPEND),
    LAWSUIT(TimerId.T_SUSPEND_FILING),
    POLICE_REPORT(TimerId.T_SUSPEND_FILING);

    private final TimerId timer;

    SuspensionGround(TimerId timer) {
        this.timer = timer;
    }

    public TimerId timer() {
        return timer;
    }
}
