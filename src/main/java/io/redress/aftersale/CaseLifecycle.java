package io.redress.aftersale;

import io.redress.deadlines.Deadlines;
import io.redress.deadlines.DueTimes;
import io.redress.policy.Policies;
import io.redress.policy.Policy;
import io.redress.policy.TimerSetting;
import io.redress.shared.ConflictingState;
import io.redress.shared.ResourceNotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves cases through the transition table: every change is decided by {@link CaseTransitions}, stored with a
 * version check, and leaves the case with exactly the deadline its new state runs (from its policy version).
 */
@Service
public class CaseLifecycle {

    private final Cases cases;
    private final Policies policies;
    private final Deadlines deadlines;
    private final DueTimes dueTimes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseLifecycle(Cases cases, Policies policies, Deadlines deadlines, DueTimes dueTimes,
            ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.policies = policies;
        this.deadlines = deadlines;
        this.dueTimes = dueTimes;
        this.events = events;
        this.clock = clock;
    }

    /** Stores a newly requested case and starts the seller's answer timer. */
    @Transactional
    public Case open(Case requested) {
        Case stored = cases.add(requested);
        restartDeadline(stored);
        events.publishEvent(CaseOpened.of(stored));
        return stored;
    }

    /**
     * Applies {@code action} by {@code actor} to the case as it was at {@code basedOnVersion}. Fails with
     * {@link Cases.StaleCase} when the case changed since, and with a 409 listing the allowed actions when the
     * table refuses.
     */
    @Transactional
    public Case act(String caseId, Actor actor, CaseAction action, long basedOnVersion) {
        return act(caseId, actor, action, basedOnVersion, UnaryOperator.identity());
    }

    /**
     * As {@link #act(String, Actor, CaseAction, long)}, with {@code terms} changing what the action itself
     * carries (an agreed amount, a revised request) in the same version.
     */
    @Transactional
    public Case act(String caseId, Actor actor, CaseAction action, long basedOnVersion, UnaryOperator<Case> terms) {
        Case current = cases.find(caseId).orElseThrow(() -> new ResourceNotFound("case", caseId));
        if (current.version() != basedOnVersion) {
            throw new Cases.StaleCase(current);
        }
        Decision decision = current.decide(actor, action);
        if (decision instanceof Decision.Refused refused) {
            throw new ConflictingState(actor + " may not " + action + " a case that is " + current.status())
                    .with("allowedActions", paths(refused));
        }
        Instant now = clock.instant();
        Case changed = cases.save(terms.apply(current.after((Decision.Allowed) decision, now)));
        restartDeadline(changed);
        events.publishEvent(new CaseTransitioned(caseId, changed.orderId(), action, actor, current.status(),
                changed.status(), changed.intervention(), changed.closeReason(), changed.version(), now));
        return changed;
    }

    private void restartDeadline(Case c) {
        c.deadline().ifPresentOrElse(rule -> {
            Policy policy = policies.find(c.policyProfile(), c.policyVersion()).orElseThrow(
                    () -> new IllegalStateException("case " + c.caseId() + " runs under a policy that is gone"));
            TimerSetting timer = policy.timer(rule.timer(), c.timerCategory());
            Instant due = dueTimes.inZone(policy.rules().zone())
                    .dueAt(c.updatedAt(), timer.duration(), timer.clock());
            deadlines.set(c.caseId(), rule.timer().name(), rule.party().name(), due, rule.onExpiry().name());
        }, () -> deadlines.cancel(c.caseId()));
    }

    private static List<String> paths(Decision.Refused refused) {
        return refused.allowed().stream().map(a -> a.path().orElse(a.name())).toList();
    }
}
