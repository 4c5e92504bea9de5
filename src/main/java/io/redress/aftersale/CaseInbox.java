package io.redress.aftersale;

import io.redress.aftersale.internal.CaseQueue;
import io.redress.deadlines.Deadline;
import io.redress.deadlines.Deadlines;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What awaits each party and by when, derived from the cases' states, deadlines and pending proposals; and the
 * {@link ActionAwaited} event each time a case starts waiting for someone.
 */
@Service
public class CaseInbox {

    /** The most items an inbox lists. */
    public static final int SHOWN = 200;

    private final Cases cases;
    private final CaseQueue queue;
    private final Deadlines deadlines;
    private final CaseDesk desk;
    private final ApplicationEventPublisher events;

    CaseInbox(Cases cases, CaseQueue queue, Deadlines deadlines, CaseDesk desk,
            ApplicationEventPublisher events) {
        this.cases = cases;
        this.queue = queue;
        this.deadlines = deadlines;
        this.desk = desk;
        this.events = events;
    }

    /** One thing the caller is awaited for: the case as they see it, what is awaited, and by when (null: no deadline). */
    public record Item(CaseOverview overview, String what, Instant dueAt) {
    }

    /** What awaits the caller, soonest due first (no deadline last). */
    @Transactional(readOnly = true)
    public List<Item> of(Caller caller) {
        Optional<Awaiting.Party> party = caller.has(Role.BUYER) ? Optional.of(Awaiting.Party.BUYER)
                : caller.has(Role.SELLER) ? Optional.of(Awaiting.Party.SELLER)
                : caller.has(Role.AGENT) || caller.has(Role.SENIOR_AGENT) ? Optional.of(Awaiting.Party.PLATFORM)
                : Optional.empty();
        if (party.isEmpty()) {
            return List.of();
        }
        CaseQueue.Scope scope = switch (party.get()) {
            case BUYER -> new CaseQueue.Scope(caller.buyerId() == null ? "" : caller.buyerId(), null);
            case SELLER -> new CaseQueue.Scope(null, caller.shopId() == null ? "" : caller.shopId());
            case PLATFORM -> new CaseQueue.Scope(null, null);
        };
        // the cases with what each shows besides its row read for all of them at once, as a page of a list is
        return desk.overviews(caller, queue.awaiting(scope, party.get() == Awaiting.Party.PLATFORM, SHOWN)).stream()
                .flatMap(overview -> item(overview, party.get()).stream())
                .sorted(Comparator.comparing(Item::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(i -> i.overview().detail().caseId()))
                .toList();
    }

    private static Optional<Item> item(CaseOverview overview, Awaiting.Party party) {
        return Awaiting.of(overview.detail(), overview.proposal() != null).filter(a -> a.party() == party)
                .map(a -> new Item(overview, a.what(), overview.deadline() == null ? null : overview.deadline().dueAt()));
    }

    /** Tells who is awaited now, in the transaction of the change (the deadline was set before). */
    @EventListener
    void on(CaseTransitioned moved) {
        // only a proposal leaves a proposal pending: every other transition ends one (ProposalLapses)
        Case c = cases.find(moved.caseId()).orElseThrow();
        Awaiting.of(c, moved.action() == CaseAction.PROPOSE).ifPresent(a -> events.publishEvent(
                awaited(c, a, deadlines.find(c.caseId()).map(Deadline::dueAt).orElse(null), moved.at())));
    }

    static ActionAwaited awaited(Case c, Awaiting a, Instant dueAt, Instant at) {
        return new ActionAwaited(c.caseId(), c.orderId(), a.party(), c.buyerId(), c.shopId(), a.what(), dueAt,
                c.version(), at);
    }
}
