package io.redress.intervention.internal;

import io.redress.aftersale.Case;
import io.redress.deadlines.Deadline;
import io.redress.deadlines.Deadlines;
import io.redress.deadlines.DueTimes;
import io.redress.policy.Policies;
import io.redress.policy.Policy;
import io.redress.policy.TimerId;
import io.redress.policy.TimerSetting;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The dispute's durable timers on the deadlines module: one deadline per subject, named
 * {@code <caseId>#<timer>} (e.g. {@code C-…#EVIDENCE:BUYER}, {@code C-…#REQUEST:R-…}, {@code C-…#APPEAL},
 * {@code C-…#SUSPEND}), so they never replace the case's own deadline. Durations come from the case's policy
 * version.
 */
@Component
public class DisputeTimers {

    static final char SEPARATOR = '#';

    private final Deadlines deadlines;
    private final DueTimes dueTimes;
    private final Policies policies;

    DisputeTimers(Deadlines deadlines, DueTimes dueTimes, Policies policies) {
        this.deadlines = deadlines;
        this.dueTimes = dueTimes;
        this.policies = policies;
    }

    /** When timer {@code id} of the case's policy version, started at {@code start}, runs out. */
    public Instant dueAt(Case c, TimerId id, Instant start) {
        Policy policy = policies.find(c.policyProfile(), c.policyVersion()).orElseThrow();
        TimerSetting timer = policy.timer(id, c.timerCategory());
        return dueTimes.inZone(policy.rules().zone()).dueAt(start, timer.duration(), timer.clock());
    }

    public void set(String caseId, String timer, String party, Instant dueAt, String onExpiry) {
        deadlines.set(subject(caseId, timer), timer, party, dueAt, onExpiry);
    }

    public void cancel(String caseId, String timer) {
        deadlines.cancel(subject(caseId, timer));
    }

    public Optional<Deadline> find(String caseId, String timer) {
        return deadlines.find(subject(caseId, timer));
    }

    public static String subject(String caseId, String timer) {
        return caseId + SEPARATOR + timer;
    }

    /** The case a deadline subject belongs to, if it is one of these. */
    public static Optional<String> caseOf(String subject) {
        int at = subject.indexOf(SEPARATOR);
        return at < 0 ? Optional.empty() : Optional.of(subject.substring(0, at));
    }
}
