package io.redress.aftersale;

import io.redress.aftersale.internal.CaseAttention;
import io.redress.aftersale.internal.CaseDecisions;
import io.redress.aftersale.internal.CaseQueue;
import io.redress.aftersale.internal.CaseReservations;
import io.redress.aftersale.internal.CaseTimeline;
import io.redress.amounts.AmountRules;
import io.redress.amounts.RefundQuote;
import io.redress.amounts.RefundQuotes;
import io.redress.deadlines.Deadline;
import io.redress.deadlines.Deadlines;
import io.redress.decisions.RefundDecision;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.orders.Order;
import io.redress.orders.OrderLocks;
import io.redress.orders.RefundSplit;
import io.redress.policy.Policies;
import io.redress.shared.ConflictingState;
import io.redress.shared.InvalidField;
import io.redress.shared.ResourceNotFound;
import io.redress.shared.RuleViolation;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Cases API's application service: what a caller may see of cases, and the parties' actions, each applied
 * through {@link CaseLifecycle} with its money effects (an accepted lower proposal, a revised request) in the same
 * transaction.
 */
@Service
public class CaseDesk {

    private final Cases cases;
    private final CaseLifecycle lifecycle;
    private final CaseIntake intake;
    private final CaseTimeline timeline;
    private final CaseQueue queue;
    private final CaseReservations reservations;
    private final OrderLocks orderLocks;
    private final RefundQuotes quotes;
    private final Policies policies;
    private final Deadlines deadlines;
    private final CaseAttention attention;
    private final CaseEvidence evidence;
    private final CaseDecisions decisions;
    private final Negotiation negotiation;
    private final CaseMessages messages;
    private final ObjectProvider<TimelineEntries> otherEntries;
    private final ObjectProvider<CaseAdvances> advances;

    CaseDesk(Cases cases, CaseLifecycle lifecycle, CaseIntake intake, CaseTimeline timeline, CaseQueue queue,
            CaseReservations reservations, OrderLocks orderLocks, RefundQuotes quotes, Policies policies,
            Deadlines deadlines, CaseAttention attention, CaseEvidence evidence, CaseDecisions decisions,
            Negotiation negotiation, CaseMessages messages, ObjectProvider<TimelineEntries> otherEntries,
            ObjectProvider<CaseAdvances> advances) {
        this.cases = cases;
        this.lifecycle = lifecycle;
        this.intake = intake;
        this.timeline = timeline;
        this.queue = queue;
        this.reservations = reservations;
        this.orderLocks = orderLocks;
        this.quotes = quotes;
        this.policies = policies;
        this.deadlines = deadlines;
        this.attention = attention;
        this.evidence = evidence;
        this.decisions = decisions;
        this.negotiation = negotiation;
        this.messages = messages;
        this.otherEntries = otherEntries;
        this.advances = advances;
    }

    /**
     * One page of the cases the caller may see: by number ({@code page}, with {@code total}: every matching case
     * counted), or after a cursor ({@code page} null; {@code next} the cursor of the following page, null on the
     * last; {@code total} only for a list of one order's cases, null otherwise).
     */
    public record CasePage(List<CaseOverview> items, Integer page, int size, Long total, String next) {
    }

    /** The case if the caller may see it; 404 otherwise. */
    @Transactional(readOnly = true)
    public CaseOverview find(Caller caller, String caseId) {
        return overview(caller, visible(caller, caseId));
    }

    /**
     * The refund the case holds in flight on its order, per line, payment and shipping: what a payout of the case
     * pays and then settles with {@code OrderRefunds.settle}. Empty for exchanges and closed cases.
     */
    @Transactional(readOnly = true)
    public RefundSplit held(String caseId) {
        return reservations.held(caseId);
    }

    /**
     * The JSON of the refund quote the case's reservation was taken from (the amounts and steps its request stands
     * on), without checking who asks; empty for exchanges and cases that hold nothing.
     */
    @Transactional(readOnly = true)
    public Optional<String> heldQuote(String caseId) {
        return reservations.quote(caseId);
    }

    /** The case's transitions, messages and other modules' entries, oldest first, if the caller may see it. */
    @Transactional(readOnly = true)
    public List<CaseEvent> timeline(Caller caller, String caseId) {
        Case c = visible(caller, caseId);
        Stream<List<CaseEvent>> others = otherEntries.orderedStream().map(entries -> entries.of(c));
        return Stream.concat(Stream.of(timeline.of(caseId), attention.events(c), messages.events(caller, c)), others)
                .flatMap(List::stream)
                .sorted(Comparator.comparingLong(CaseEvent::version).thenComparing(CaseEvent::at)).toList();
    }

    /**
     * Cases the caller may see, a page by number: a buyer their own, seller staff their shop's (most urgent deadline
     * first). Counts every matching case and skips the earlier pages; {@link #list(Caller, CaseStatus, String,
     * String, int)} reads one index range per page instead.
     */
    @Transactional(readOnly = true)
    public CasePage list(Caller caller, CaseStatus status, String orderId, int page, int size) {
        CaseQueue.Page found = queue.find(scope(caller), status, orderId, page, size);
        return new CasePage(overviews(caller, found.caseIds()), page, size, found.total(), null);
    }

    /**
     * Cases the caller may see, the page after {@code cursor} (null: the first), in the same order as by number:
     * a buyer's newest first, a shop's queue most urgent deadline first.
     */
    @Transactional(readOnly = true)
    public CasePage list(Caller caller, CaseStatus status, String orderId, String cursor, int size) {
        CaseQueue.Scope scope = scope(caller);
        CaseQueue.Keyset found = queue.keyset(scope, status, orderId, cursor, size);
        Long total = orderId == null ? null : queue.count(scope, status, orderId);
        return new CasePage(overviews(caller, found.caseIds()), null, size, total, found.next());
    }

    private static CaseQueue.Scope scope(Caller caller) {
        return CaseAccess.seesAll(caller) ? new CaseQueue.Scope(null, null)
                : caller.has(Role.BUYER) ? new CaseQueue.Scope(Objects.requireNonNullElse(caller.buyerId(), ""), null)
                : new CaseQueue.Scope(null, Objects.requireNonNullElse(caller.shopId(), ""));
    }

    /**
     * The page's cases as the caller sees them, each as {@link #overview} shows it, with what a case shows besides
     * its row (deadline, open attention, pending proposal, decision, advance) read for the whole page at once: one
     * statement each, whatever the page's size. A case id not found is left out.
     */
    List<CaseOverview> overviews(Caller caller, List<String> caseIds) {
        List<Case> found = cases.all(caseIds);
        if (found.isEmpty()) {
            return List.of();
        }
        List<String> ids = found.stream().map(Case::caseId).toList();
        Map<String, Deadline> running = deadlines.findAll(ids);
        Map<String, String> reasons = attention.current(ids);
        Map<String, CaseProposal> proposals = negotiation.pending(ids);
        Map<String, RefundDecision> decided = decisions.of(ids);
        Map<String, CaseAdvances.CaseAdvance> advanced = advances().of(ids);
        return found.stream().map(c -> overview(caller, c, running.get(c.caseId()), reasons.get(c.caseId()),
                proposals.get(c.caseId()), decided.get(c.caseId()), advanced.get(c.caseId()))).toList();
    }

    /** The seller's proposal waiting for the buyer's answer on a case the caller may see, if any. */
    @Transactional(readOnly = true)
    public Optional<CaseProposal> pendingProposal(Caller caller, String caseId) {
        return negotiation.pending(visible(caller, caseId).caseId());
    }

    /** The part the caller plays on the case: its buyer, staff of its shop, or a platform agent; empty otherwise. */
    public Optional<Actor> actor(Caller caller, Case c) {
        return CaseAccess.actor(caller, c);
    }

    /** The case as the caller sees it: its running deadline and what the caller may do now. */
    public CaseOverview overview(Caller caller, Case c) {
        String caseId = c.caseId();
        return overview(caller, c, deadlines.find(caseId).orElse(null), attention.current(caseId).orElse(null),
                negotiation.pending(caseId).orElse(null), decisions.of(caseId).orElse(null),
                (cases.addedHere(caseId) ? advances().madeHere(caseId) : advances().of(caseId)).orElse(null));
    }

    /**
     * Opens the buyer's case ({@link CaseIntake#open}) and answers it as the buyer sees it, in the same
     * transaction: a case just opened has only what this transaction wrote (its deadline; a decision and an advance
     * when the platform paid at once), so nothing of it is read again.
     */
    @Transactional
    public CaseOverview opened(Caller caller, CaseApplication application, Locale locale) {
        return overview(caller, intake.open(caller, application, locale));
    }

    private CaseOverview overview(Caller caller, Case c, Deadline deadline, String reason, CaseProposal proposal,
            RefundDecision decision, CaseAdvances.CaseAdvance advance) {
        List<String> allowed = CaseAccess.actor(caller, c)
                .map(actor -> paths(allowedActions(c, actor, () -> proposal != null, () -> advance)))
                .orElse(List.of());
        return new CaseOverview(c, deadline, allowed, reason, proposal, decision, advance);
    }

    /**
     * Applies a party's command ({@link CaseCommand#of} reads one from an API body): 404 for a case the caller may
     * not see, 400 for fields the case's type or goods rule out, 409 when the case moved on or the action does not
     * apply now, 422 for amounts or limits the rules refuse.
     */
    @Transactional
    public Case act(Caller caller, String caseId, CaseCommand command, Locale locale) {
        CaseAction action = command.action();
        String path = action.path().orElseThrow();
        Case current = visible(caller, caseId);
        ActionFields.check(current, command);
        Actor actor = CaseAccess.actor(caller, current).orElseThrow(() -> new ConflictingState(
                caller.name() + " takes no part in case " + caseId).with("allowedActions", List.of()));
        evidence.requireOwn(current, actor, ActionFields.evidenceIds(command));
        // Party actions take the order's lock before the case's row, as applications do, so that two actions
        // moving money on one order wait for each other instead of deadlocking. The lock needs the order id, which
        // the case read above gives (a case's order never changes). That read is the case the command was based on
        // when it is at the command's version, and then it is not read again under the lock: whoever changed the case
        // since moved its version, so the versioned save of this action finds 0 rows, answers 409 with the case as it
        // is, and this transaction rolls back with all it wrote. The lock goes with the next statement, whatever it is
        // (a case's order always exists).
        orderLocks.lockWithNextStatement(current.orderId());
        if (current.version() != command.version()) {
            throw new Cases.StaleCase(cases.find(caseId).orElseThrow());
        }
        Set<CaseAction> allowed = allowedActions(current, actor, () -> negotiation.pendingForAction(caseId).isPresent(),
                () -> advances().of(caseId).orElse(null));
        if (!allowed.contains(action)) {
            throw new ConflictingState(actor + " may not " + path + " a case that is " + current.status())
                    .with("allowedActions", paths(allowed));
        }
        String note = ActionFields.note(command);
        Map<String, Object> details = ActionFields.details(command);
        timeline.expect(caseId, current.version() + 1, caller.name(), note, details);
        Case changed;
        if (command instanceof CaseCommand.Agree agree) {
            changed = agree(current, actor, agree);
        } else if (command instanceof CaseCommand.Revise revise) {
            changed = revise(current, actor, revise, locale);
        } else if (command instanceof CaseCommand.Propose propose) {
            changed = negotiation.propose(current, actor, propose, caller.name(), locale);
        } else if (command instanceof CaseCommand.AcceptProposal accept) {
            changed = acceptProposal(current, actor, accept);
        } else if (command instanceof CaseCommand.RejectProposal reject) {
            changed = negotiation.reject(current, actor, reject);
        } else {
            changed = lifecycle.act(current, actor, action, UnaryOperator.identity(), null);
        }
        timeline.annotate(caseId, changed.version(), caller.name(), note, details);
        if (action == CaseAction.SHIP_RETURN) {
            // the return's tracking number may let the platform pay the buyer now, before the goods arrive
            changed = advances().offer(changed);
        }
        return changed;
    }

    /**
     * As {@link #act}, answered with the case as the caller sees it now, read in the same transaction: what the
     * action itself wrote (the deadline, a lapsed proposal, a decision) is not read again.
     */
    @Transactional
    public CaseOverview acted(Caller caller, String caseId, CaseCommand command, Locale locale) {
        return overview(caller, act(caller, caseId, command, locale));
    }

    private Case agree(Case current, Actor actor, CaseCommand.Agree request) {
        return agreeOn(current, actor, CaseAction.AGREE, current.requestedAmount(), request.returnAddress());
    }

    /**
     * The buyer accepts the seller's pending proposal: it counts as a modification of the request and executes like
     * the seller's agreement on the proposal's amount and return address.
     */
    private Case acceptProposal(Case current, Actor actor, CaseCommand.AcceptProposal request) {
        CaseProposal proposal = negotiation.pending(current.caseId()).orElseThrow();
        requireModificationsLeft(current);
        Case changed = agreeOn(current, actor, CaseAction.ACCEPT_PROPOSAL,
                proposal.amountOr(current.requestedAmount()), proposal.returnAddress());
        negotiation.accepted(current.caseId());
        return changed;
    }

    /** An agreement (the seller's, or the buyer's acceptance of a proposal) on {@code agreed} and a return address. */
    private Case agreeOn(Case current, Actor actor, CaseAction action, long agreed, String returnAddress) {
        Case.ReturnAddress address = returnAddress == null ? null : new Case.ReturnAddress(returnAddress, false);
        if (current.type() == CaseType.EXCHANGE) {
            return lifecycle.act(current, actor, action, c -> c.withReturnAddress(address), null);
        }
        // Agreeing to 0 would close the case REFUNDED with nothing paid; refusing is the way to pay nothing.
        if (agreed < 1) {
            throw refused("amount", "must be at least 1 fen; refuse the request to pay nothing");
        }
        if (agreed > current.requestedAmount()) {
            throw refused("amount", "exceeds the requested amount, " + current.requestedAmount());
        }
        Case changed = lifecycle.act(current, actor, action,
                c -> c.withAgreedAmount(agreed).withReturnAddress(address), null);
        reservations.reduceTo(changed.caseId(), changed.orderId(), agreed);
        return changed;
    }

    /** A revision gives back what the case held and reserves the new request against a fresh quote. */
    private Case revise(Case current, Actor actor, CaseCommand.Revise request, Locale locale) {
        requireModificationsLeft(current);
        CaseReason reason = request.reason() != null ? request.reason() : current.reason();
        reservations.releaseAll(current.caseId(), current.orderId());
        Order order = quotes.order(current.orderId()).orElseThrow();
        AmountRules rules = policies.find(current.policyProfile(), current.policyVersion()).orElseThrow()
                .rules().amountRules();
        RefundQuote quote = intake.quote(order, current.type(), reason, current.lines(), rules, locale);
        long requested = CaseIntake.requestedAmount(current.type(), request.requestedAmount(), quote);
        Case changed = lifecycle.act(current, actor, CaseAction.REVISE, c -> c.revised(reason, requested), null);
        if (changed.type() != CaseType.EXCHANGE) {
            reservations.reserve(changed.caseId(), changed.orderId(), quote, requested);
        }
        return changed;
    }

    /**
     * The modification limit counts per order line, over every case that covered the line (docs/lifecycle.md): a buyer
     * does not get fresh edits by cancelling and applying again. Callers hold the order's lock.
     */
    private void requireModificationsLeft(Case current) {
        int allowed = policies.find(current.policyProfile(), current.policyVersion()).orElseThrow()
                .rules().limits().modifications();
        Map<String, Integer> made = timeline.revisionsPerLine(current.orderId());
        for (CaseLine line : current.lines()) {
            int revisions = made.getOrDefault(line.lineId(), 0);
            if (revisions >= allowed) {
                throw new RuleViolation("line " + line.lineId() + " was already modified " + revisions
                        + " times over its cases (at most " + allowed + ")").with("code", "modifications.used-up")
                        .with("limit", allowed);
            }
        }
    }

    /**
     * The table's actions less those the facts of the case rule out: a seller does not refuse a refund-only request
     * on goods not yet shipped (docs/lifecycle.md); shipping the order closes it instead. Whether a proposal is
     * pending and the platform's advance (null: none) are asked only when they matter.
     */
    private Set<CaseAction> allowedActions(Case c, Actor actor, BooleanSupplier proposalPending,
            Supplier<CaseAdvances.CaseAdvance> advance) {
        Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
        allowed.addAll(c.allowedActions(actor));
        if (unshippedRefund(c)) {
            allowed.remove(CaseAction.REFUSE);
        }
        // a refunded case takes the seller's answer only while the platform's advance waits for it
        if (c.status() == CaseStatus.REFUNDED && actor == Actor.SELLER
                && !Optional.ofNullable(advance.get()).map(CaseAdvances.CaseAdvance::awaitsSeller).orElse(false)) {
            allowed.removeAll(EnumSet.of(CaseAction.AGREE, CaseAction.CONFIRM_RECEIPT, CaseAction.REFUSE_RECEIPT));
        }
        // A seller asks the platform to step in only where money moved without its agreement (an advance) and it
        // refused the goods that came back; otherwise its refusal already stands unless the buyer escalates.
        if (actor == Actor.SELLER && c.refundedAmount() == 0) {
            allowed.remove(CaseAction.ESCALATE);
        }
        // one proposal at a time, and only a pending one can be answered
        if (allowed.contains(CaseAction.PROPOSE) || allowed.contains(CaseAction.ACCEPT_PROPOSAL)) {
            if (proposalPending.getAsBoolean()) {
                allowed.remove(CaseAction.PROPOSE);
            } else {
                allowed.removeAll(EnumSet.of(CaseAction.ACCEPT_PROPOSAL, CaseAction.REJECT_PROPOSAL));
            }
        }
        return allowed;
    }

    private CaseAdvances advances() {
        return advances.getIfAvailable(() -> CaseAdvances.NONE);
    }

    private static boolean unshippedRefund(Case c) {
        return c.type() == CaseType.REFUND_ONLY && c.goods() == GoodsStage.UNSHIPPED;
    }

    private static List<String> paths(Set<CaseAction> actions) {
        return actions.stream().map(a -> a.path().orElse(a.name())).toList();
    }

    private Case visible(Caller caller, String caseId) {
        return cases.find(caseId).filter(c -> CaseAccess.visible(caller, c))
                .orElseThrow(() -> new ResourceNotFound("case", caseId));
    }

    static RuleViolation refused(String field, String message) {
        return new RuleViolation(field + ": " + message).with("errors", List.of(new InvalidField(field, message)));
    }
}
