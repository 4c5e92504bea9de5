package io.redress.intervention;

import static io.redress.aftersale.InterventionStatus.ACCEPTED;
import static io.redress.aftersale.InterventionStatus.EVIDENCE;
import static io.redress.aftersale.InterventionStatus.FIRST_REVIEW;

import io.redress.aftersale.Actor;
import io.redress.aftersale.Case;
import io.redress.aftersale.CaseLifecycle;
import io.redress.aftersale.InterventionStatus;
import io.redress.evidence.EvidenceStore;
import io.redress.identity.Caller;
import io.redress.intervention.InterventionCommand.*;
import io.redress.intervention.internal.DisputeTimers;
import io.redress.intervention.internal.DossierStore;
import io.redress.policy.TimerId;
import io.redress.shared.ConflictingState;
import io.redress.shared.InvalidRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What each allowed intervention command does, after {@link Interventions} checked who may do it now: the
 * acceptance, the evidence phase, suspension and withdrawal here; rulings, settlements, appeals and reviews in
 * {@link RulingSteps}. Every step that changes the dispute moves the case one version on.
 */
@Component
class DisputeSteps {

    private static final List<Actor> PARTIES = List.of(Actor.BUYER, Actor.SELLER);

    private final CaseLifecycle lifecycle;
    private final DossierStore store;
    private final DisputeTimers timers;
    private final EvidenceStore evidence;
    private final RulingSteps rulings;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    DisputeSteps(CaseLifecycle lifecycle, DossierStore store, DisputeTimers timers, EvidenceStore evidence,
            RulingSteps rulings, ApplicationEventPublisher events, java.time.Clock clock) {
        this.lifecycle = lifecycle;
        this.store = store;
        this.timers = timers;
        this.evidence = evidence;
        this.rulings = rulings;
        this.events = events;
        this.clock = clock;
    }

    void apply(Caller caller, Actor actor, Case c, Dossier d, InterventionCommand command) {
        Instant now = clock.instant();
        String me = caller.name();
        if (command instanceof Claim) {
            requireAssigned(store.assign(c.caseId(), null, me, now));
            events.publishEvent(new InterventionEvent.Claimed(c.caseId(), me, now));
        } else if (command instanceof Release) {
            requireAssigned(store.assign(c.caseId(), d.agent(), null, now));
        } else if (command instanceof Reassign reassign) {
            requireAssigned(store.assign(c.caseId(), d.agent(), reassign.agent(), now));
            if (reassign.agent() != null) {
                events.publishEvent(new InterventionEvent.Claimed(c.caseId(), reassign.agent(), now));
            }
        } else if (command instanceof Accept) {
            accept(me, actor, c, d, now);
        } else if (command instanceof Decline decline) {
            claimIfFree(c, d, me, now);
            store.decline(c.caseId(), decline.reasonCode());
            move(c, actor, InterventionStatus.NOT_ACCEPTED, null, null);
            events.publishEvent(new InterventionEvent.Declined(c.caseId(), me, decline.reasonCode(), now));
        } else if (command instanceof RequestEvidence request) {
            request(me, actor, c, request, now);
        } else if (command instanceof SubmitEvidence submit) {
            submit(actor, c, d, submit, now);
        } else if (command instanceof ExtendEvidence) {
            Dossier.PartyEvidence own = d.party(actor).orElseThrow();
            Instant due = timers.dueAt(c, TimerId.T_EVIDENCE_EXTENSION, own.dueAt());
            store.extend(c.caseId(), actor, due);
            timers.set(c.caseId(), evidenceTimer(actor), actor.name(), due, "CLOSE_EVIDENCE");
            move(c, actor, EVIDENCE, d.slaStartedAt(), d.slaDueAt());
        } else if (command instanceof Suspend suspend) {
            suspend(actor, c, d, suspend.ground(), now);
        } else if (command instanceof Resume) {
            resume(actor, c, d, now);
        } else if (command instanceof Withdraw) {
            stopTimers(c, d);
            move(c, actor, InterventionStatus.WITHDRAWN, null, null);
            events.publishEvent(new InterventionEvent.Withdrawn(c.caseId(), actor, now));
        } else if (command instanceof ProposeSettlement propose) {
            rulings.propose(me, actor, c, d, propose);
        } else if (command instanceof AcceptSettlement) {
            rulings.acceptSettlement(actor, c, d);
        } else if (command instanceof Rule rule) {
            rulings.rule(me, actor, c, d, rule);
        } else if (command instanceof Appeal appeal) {
            rulings.appeal(actor, c, d, appeal);
        } else if (command instanceof Review review) {
            rulings.review(me, c, d, review);
        }
    }

    /** A timer of the dispute ran out (SYSTEM). */
    void expire(Case c, Dossier d, String timer) {
        Instant now = clock.instant();
        if (timer.startsWith("EVIDENCE:") || timer.startsWith("REQUEST:")) {
            closeEvidenceIfComplete(c, store.find(c.caseId()).orElseThrow(), now);
        } else if (timer.equals("APPEAL") && c.intervention() == InterventionStatus.APPEAL_OPEN) {
            move(c, Actor.SYSTEM, InterventionStatus.FINAL, null, null);
            events.publishEvent(new InterventionEvent.Final(c.caseId(), now));
        } else if (timer.equals("SUSPEND") && c.intervention() == InterventionStatus.SUSPENDED) {
            resume(Actor.SYSTEM, c, d, now);
        }
    }

    private void accept(String me, Actor actor, Case c, Dossier d, Instant now) {
        claimIfFree(c, d, me, now);
        Case accepted = move(c, actor, ACCEPTED, null, null);
        Instant due = timers.dueAt(c, TimerId.T_EVIDENCE, now);
        for (Actor party : PARTIES) {
            store.openParty(c.caseId(), party, due);
            timers.set(c.caseId(), evidenceTimer(party), party.name(), due, "CLOSE_EVIDENCE");
        }
        move(accepted, Actor.SYSTEM, EVIDENCE, null, null);
        events.publishEvent(new InterventionEvent.Accepted(c.caseId(), me, due, now));
    }

    private void request(String me, Actor actor, Case c, RequestEvidence request, Instant now) {
        if (!request.dueAt().isAfter(now)) {
            throw new InvalidRequest("dueAt", "must be in the future");
        }
        String id = "R-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        store.request(id, c.caseId(), request.party(), request.what(), request.dueAt(), me, now);
        timers.set(c.caseId(), "REQUEST:" + id, request.party().name(), request.dueAt(), "CLOSE_EVIDENCE");
        move(c, actor, EVIDENCE, null, null);
        events.publishEvent(new InterventionEvent.EvidenceRequested(c.caseId(), request.party(), request.what(),
                request.dueAt(), now));
    }

    private void submit(Actor actor, Case c, Dossier d, SubmitEvidence submit, Instant now) {
        if (!submit.evidenceIds().isEmpty()) {
            evidence.requireOwn(c.caseId(), actor.name(), submit.evidenceIds());
        }
        if (submit.draft()) {
            store.draft(c.caseId(), actor, submit.statement(), submit.evidenceIds());
            return; // a draft is the party's own until submitted: the dispute does not move
        }
        store.submit(c.caseId(), actor, submit.statement(), submit.evidenceIds(), now);
        timers.cancel(c.caseId(), evidenceTimer(actor));
        d.requests().stream().filter(r -> r.party() == actor && r.answeredAt() == null)
                .forEach(r -> timers.cancel(c.caseId(), "REQUEST:" + r.requestId()));
        Case moved = move(c, actor, EVIDENCE, null, null);
        events.publishEvent(new InterventionEvent.EvidenceSubmitted(c.caseId(), actor, now));
        closeEvidenceIfComplete(moved, store.find(c.caseId()).orElseThrow(), now);
    }

    /** FIRST_REVIEW once both parties submitted or ran out of time and no requested evidence is outstanding. */
    private void closeEvidenceIfComplete(Case c, Dossier d, Instant now) {
        if (c.intervention() != EVIDENCE || !d.evidenceComplete(now)) {
            return;
        }
        stopTimers(c, d);
        move(c, Actor.SYSTEM, FIRST_REVIEW, now, timers.dueAt(c, TimerId.T_RULING, now));
        events.publishEvent(new InterventionEvent.EvidenceClosed(c.caseId(), now));
    }

    private void suspend(Actor actor, Case c, Dossier d, SuspensionGround ground, Instant now) {
        stopTimers(c, d);
        store.suspend(c.caseId(), c.intervention(), ground, now);
        timers.set(c.caseId(), "SUSPEND", "PLATFORM", timers.dueAt(c, ground.timer(), now), "RESUME");
        move(c, actor, InterventionStatus.SUSPENDED, d.slaStartedAt(), d.slaDueAt());
        events.publishEvent(new InterventionEvent.Suspended(c.caseId(), ground, actor, now));
    }

    /** Back where it was suspended from, every due time moved on by the time it stood still. */
    private void resume(Actor actor, Case c, Dossier d, Instant now) {
        Duration paused = Duration.between(d.suspension().since(), now);
        store.shiftDueTimes(c.caseId(), paused);
        store.suspend(c.caseId(), null, null, null);
        timers.cancel(c.caseId(), "SUSPEND");
        Case resumed = move(c, actor, d.suspension().from(), shift(d.slaStartedAt(), paused),
                shift(d.slaDueAt(), paused));
        Dossier after = store.find(c.caseId()).orElseThrow();
        after.parties().stream().filter(p -> p.submittedAt() == null).forEach(p -> timers.set(c.caseId(),
                evidenceTimer(p.party()), p.party().name(), p.dueAt(), "CLOSE_EVIDENCE"));
        after.requests().stream().filter(r -> r.answeredAt() == null).forEach(r -> timers.set(c.caseId(),
                "REQUEST:" + r.requestId(), r.party().name(), r.dueAt(), "CLOSE_EVIDENCE"));
        events.publishEvent(new InterventionEvent.Resumed(c.caseId(), actor, now));
        closeEvidenceIfComplete(resumed, after, now);
    }

    private void stopTimers(Case c, Dossier d) {
        PARTIES.forEach(p -> timers.cancel(c.caseId(), evidenceTimer(p)));
        d.requests().forEach(r -> timers.cancel(c.caseId(), "REQUEST:" + r.requestId()));
    }

    /** Moves the dispute (and the case's version) to {@code next}, with the agents' SLA clock given. */
    Case move(Case c, Actor actor, InterventionStatus next, Instant slaStart, Instant slaDue) {
        Case changed = lifecycle.intervene(c.caseId(), actor, c.version(), c.intervention(), next);
        store.status(c.caseId(), next, slaStart, slaDue, clock.instant());
        return changed;
    }

    private void claimIfFree(Case c, Dossier d, String me, Instant now) {
        if (d.agent() == null) {
            requireAssigned(store.assign(c.caseId(), null, me, now));
            events.publishEvent(new InterventionEvent.Claimed(c.caseId(), me, now));
        }
    }

    private static void requireAssigned(boolean assigned) {
        if (!assigned) {
            throw new ConflictingState("another agent took or released the dispute meanwhile")
                    .with("allowedActions", List.of());
        }
    }

    static String evidenceTimer(Actor party) {
        return "EVIDENCE:" + party.name();
    }

    private static Instant shift(Instant at, Duration by) {
        return at == null ? null : at.plus(by);
    }
}
