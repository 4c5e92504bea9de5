package io.redress.intervention;

import io.redress.aftersale.Actor;
import io.redress.aftersale.Case;
import io.redress.aftersale.CaseLifecycle;
import io.redress.aftersale.Cases;
import io.redress.aftersale.InterventionStatus;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.intervention.internal.DossierStore;
import io.redress.intervention.internal.WorkQueue;
import io.redress.orders.OrderLocks;
import io.redress.shared.ConflictingState;
import io.redress.shared.ResourceNotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intervention API's application service: who sees which dispute, the agents' queue, and every action on a
 * dispute. An action takes the order's lock (as every case change does), checks the case version, asks
 * {@link InterventionTransitions} and the facts of the dispute ({@link #allowedActions}), then applies the command
 * through {@link DisputeSteps}; all of it in one transaction with the case's change.
 *
 * <p>Visibility: the buyer and the shop's staff see their own case's dispute; AGENT and SENIOR_AGENT see every
 * case with a dispute; nobody else (404, no existence leak).
 */
@Service
public class Interventions {

    private final Cases cases;
    private final DossierStore store;
    private final WorkQueue queue;
    private final DisputeSteps steps;
    private final OrderLocks orderLocks;
    private final Clock clock;

    Interventions(Cases cases, DossierStore store, WorkQueue queue, DisputeSteps steps, OrderLocks orderLocks,
            Clock clock) {
        this.cases = cases;
        this.store = store;
        this.queue = queue;
        this.steps = steps;
        this.orderLocks = orderLocks;
        this.clock = clock;
    }

    /** A dispute as one caller sees it: the case, the dossier, the caller's part and what it may do now. */
    public record Seen(Case detail, Dossier dossier, Actor actor, List<String> allowedActions) {

        /** Whether the caller is platform staff (sees notes, drafts of both sides, platform-only evidence). */
        public boolean staff() {
            return actor == Actor.AGENT || actor == Actor.SENIOR_AGENT;
        }
    }

    @Transactional(readOnly = true)
    public Seen find(Caller caller, String caseId) {
        Case c = cases.find(caseId).orElseThrow(() -> new ResourceNotFound("case", caseId));
        Actor actor = actor(caller, c).orElseThrow(() -> new ResourceNotFound("case", caseId));
        Dossier d = store.find(caseId).orElseThrow(() -> new ResourceNotFound("intervention", caseId));
        return new Seen(c, d, actor, labels(allowedActions(caller, actor, c, d)));
    }

    /**
     * The case's dispute as stored, whoever asks (the caller decides what to show of it): for records such as the
     * case dossier; empty when the case was never brought to the platform.
     */
    @Transactional(readOnly = true)
    public Optional<Dossier> record(String caseId) {
        return store.find(caseId);
    }

    /** The agents' queue: open disputes by the SLA that breaches first (suspended ones and those with none last). */
    @Transactional(readOnly = true)
    public List<QueueItem> queue(String status, String assignedTo, Instant breachesBefore, int page, int size) {
        return queue.page(status, assignedTo, breachesBefore, page, size, clock.instant());
    }

    /** The agents' queue after {@code cursor} (null: from the start), in the same order; one index range a page. */
    @Transactional(readOnly = true)
    public WorkQueue.Keyset queue(String status, String assignedTo, Instant breachesBefore, String cursor, int size) {
        return queue.after(status, assignedTo, breachesBefore, cursor, size, clock.instant());
    }

    /** How many open disputes each agent holds. */
    @Transactional(readOnly = true)
    public List<QueueItem.Load> loads() {
        return queue.loads();
    }

    /**
     * Applies {@code command} as {@code caller}: 404 for a dispute the caller may not see, 409 with the current case
     * when the version is stale, 409 with {@code allowedActions} when the action does not apply now, 400/422 for
     * fields the rules refuse.
     */
    @Transactional
    public Seen act(Caller caller, String caseId, InterventionCommand command) {
        Seen seen = find(caller, caseId);
        orderLocks.lock(seen.detail().orderId());
        Case c = cases.find(caseId).orElseThrow();
        if (c.version() != command.version()) {
            throw new Cases.StaleCase(c);
        }
        Dossier d = store.find(caseId).orElseThrow();
        Set<InterventionAction> allowed = allowedActions(caller, seen.actor(), c, d);
        if (!allowed.contains(command.action())) {
            throw new ConflictingState(seen.actor() + " may not " + command.action().label() + " a dispute that is "
                    + c.intervention()).with("allowedActions", labels(allowed));
        }
        steps.apply(caller, seen.actor(), c, d, command);
        return find(caller, caseId);
    }

    /** A dispute timer ran out: applies what it means now, as SYSTEM (nothing when the dispute moved on). */
    @Transactional
    public void expire(String caseId, String timer) {
        Case unlocked = cases.find(caseId).orElse(null);
        if (unlocked == null) {
            return;
        }
        orderLocks.lock(unlocked.orderId());
        Case c = cases.find(caseId).orElseThrow();
        store.find(caseId).ifPresent(d -> steps.expire(c, d, timer));
    }

    /** The table's actions for the caller less those the facts of the dispute rule out. */
    Set<InterventionAction> allowedActions(Caller caller, Actor actor, Case c, Dossier d) {
        Instant now = clock.instant();
        Set<InterventionAction> allowed = EnumSet.noneOf(InterventionAction.class);
        allowed.addAll(InterventionTransitions.allowedActions(c.intervention(), actor));
        allowed.removeIf(a -> a.path().isEmpty());
        boolean holds = d.agent() == null || d.agent().equals(caller.name());
        Optional<Dossier.PartyEvidence> own = d.party(actor);
        allowed.removeIf(a -> switch (a) {
            case CLAIM -> d.agent() != null;
            case RELEASE -> d.agent() == null || !(d.agent().equals(caller.name()) || actor == Actor.SENIOR_AGENT);
            case ACCEPT, DECLINE, REQUEST_EVIDENCE, PROPOSE_SETTLEMENT, RULE -> !holds;
            case WITHDRAW -> d.requestedBy() != actor;
            case EXTEND_EVIDENCE -> own.isEmpty() || own.get().extended() || own.get().submittedAt() != null
                    || !now.isBefore(own.get().dueAt());
            case SUBMIT_EVIDENCE -> own.isEmpty() || (own.get().done(now)
                    && d.requests().stream().noneMatch(r -> r.party() == actor && r.open(now)));
            case ACCEPT_SETTLEMENT -> d.settlement() == null || (actor == Actor.BUYER
                    ? d.settlement().buyerAcceptedAt() != null : d.settlement().sellerAcceptedAt() != null);
            case APPEAL -> d.ruling() == null || d.ruling().settled();
            // four eyes: the senior agent who reviews an appeal is never the one who made the ruling
            case REVIEW -> d.ruling() == null || d.ruling().ruledBy().equals(caller.name());
            default -> false;
        });
        return allowed;
    }

    /** The caller's part in the dispute: its buyer, its shop's staff, or platform staff; empty: may not see it. */
    static Optional<Actor> actor(Caller caller, Case c) {
        if (caller.has(Role.BUYER) && c.buyerId().equals(caller.buyerId())) {
            return Optional.of(Actor.BUYER);
        }
        if (caller.has(Role.SELLER) && c.shopId().equals(caller.shopId())) {
            return Optional.of(Actor.SELLER);
        }
        if (c.intervention() == InterventionStatus.NONE) {
            return Optional.empty();
        }
        if (caller.has(Role.SENIOR_AGENT)) {
            return Optional.of(Actor.SENIOR_AGENT);
        }
        return caller.has(Role.AGENT) ? Optional.of(Actor.AGENT) : Optional.empty();
    }

    private static List<String> labels(Set<InterventionAction> actions) {
        return actions.stream().map(InterventionAction::label).toList();
    }
}
