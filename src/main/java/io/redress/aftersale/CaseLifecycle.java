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
        // its first deadline, then the case row carrying its due time (the queue's order): a new case has no deadline
        // row to look for, and its row is written once
        Instant due = startDeadline(requested, true);
        Case stored = cases.add(requested, due);
        events.publishEvent(CaseOpened.of(stored));
        Awaiting.of(stored, false).ifPresent(a -> events.publishEvent(CaseInbox.awaited(stored, a, due,
                stored.createdAt())));
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
        return act(caseId, actor, action, basedOnVersion, terms, null);
    }

    /**
     * As {@link #act(String, Actor, CaseAction, long, UnaryOperator)}, with why the actor acted (e.g. a ruling's
     * reasons; null: not given): it travels with {@link CaseTransitioned}, and a refund decided by the transition
     * records it.
     */
    @Transactional
    public Case act(String caseId, Actor actor, CaseAction action, long basedOnVersion, UnaryOperator<Case> terms,
            String reason) {
        Case current = cases.find(caseId).orElseThrow(() -> new ResourceNotFound("case", caseId));
        if (current.version() != basedOnVersion) {
            throw new Cases.StaleCase(current);
        }
        return act(current, actor, action, terms, reason);
    }

    /**
     * As {@link #act(String, Actor, CaseAction, long, UnaryOperator, String)} on {@code current}, the case as the
     * caller read it, holding its order's lock, at the version the caller checked (the version check is the
     * caller's). The save is versioned: a case changed since that read fails with {@link Cases.StaleCase}.
     */
    @Transactional
    public Case act(Case current, Actor actor, CaseAction action, UnaryOperator<Case> terms, String reason) {
        String caseId = current.caseId();
        Decision decision = current.decide(actor, action);
        if (decision instanceof Decision.Refused refused) {
            throw new ConflictingState(actor + " may not " + action + " a case that is " + current.status())
                    .with("allowedActions", paths(refused));
        }
        Instant now = clock.instant();
        Case next = terms.apply(current.after((Decision.Allowed) decision, now));
        // the deadline of the new state first (the caller holds the order's lock), then the versioned update that
        // carries its due time for the queue's order; an action that keeps the deadline leaves both as they are
        Case changed = CaseDeadlines.keptBy(action) ? cases.save(next)
                : cases.save(next, startDeadline(next, false));
        events.publishEvent(new CaseTransitioned(caseId, changed.orderId(), action, actor, current.status(),
                changed.status(), changed.intervention(), changed.closeReason(), changed.version(), now, reason));
        return changed;
    }

    /**
     * Moves the platform dispute of the case from {@code expected} to {@code next} without a status change, as the
     * intervention module's own table decided (this table has no rows for those moves). Version-checked like
     * {@link #act}; 409 when the dispute is no longer at {@code expected}. Leaves the case with the deadline of its
     * state: none while the dispute is open, the party's timer again once it is not (started afresh).
     */
    @Transactional
    public Case intervene(String caseId, Actor actor, long basedOnVersion, InterventionStatus expected,
            InterventionStatus next) {
        Case current = cases.find(caseId).orElseThrow(() -> new ResourceNotFound("case", caseId));
        if (current.version() != basedOnVersion) {
            throw new Cases.StaleCase(current);
        }
        if (current.intervention() != expected) {
            throw new ConflictingState("the dispute on case " + caseId + " is " + current.intervention() + ", not "
                    + expected).with("allowedActions", List.of());
        }
        Instant now = clock.instant();
        Case moved = current.withIntervention(next, now);
        Case changed = cases.save(moved, startDeadline(moved, false));
        events.publishEvent(new CaseTransitioned(caseId, changed.orderId(), CaseAction.INTERVENTION, actor,
                current.status(), changed.status(), next, changed.closeReason(), changed.version(), now));
        return changed;
    }

    /**
     * Starts the deadline of the case's state, or cancels it ({@code first}: the case is being added in this
     * transaction and has none yet); answers the deadline's due time, null for none.
     */
    private Instant startDeadline(Case c, boolean first) {
        return c.deadline().map(rule -> {
            Policy policy = policies.find(c.policyProfile(), c.policyVersion()).orElseThrow(
                    () -> new IllegalStateException("case " + c.caseId() + " runs under a policy that is gone"));
            TimerSetting timer = policy.timer(rule.timer(), c.timerCategory());
            Instant due = dueTimes.inZone(policy.rules().zone())
                    .dueAt(c.updatedAt(), timer.duration(), timer.clock());
            return (first ? deadlines.first(c.caseId(), rule.timer().name(), rule.party().name(), due,
                    rule.onExpiry().name())
                    : deadlines.set(c.caseId(), rule.timer().name(), rule.party().name(), due, rule.onExpiry().name()))
                    .dueAt();
        }).orElseGet(() -> {
            if (!first) {
                deadlines.cancel(c.caseId());
            }
            return null;
        });
    }

    private static List<String> paths(Decision.Refused refused) {
        return refused.allowed().stream().map(a -> a.path().orElse(a.name())).toList();
    }
}
