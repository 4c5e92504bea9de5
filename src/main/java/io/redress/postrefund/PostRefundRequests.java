package io.redress.postrefund;

import io.redress.aftersale.Case;
import io.redress.aftersale.CaseDesk;
import io.redress.aftersale.CaseEvent;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.Cases;
import io.redress.aftersale.CloseReason;
import io.redress.aftersale.InterventionStatus;
import io.redress.deadlines.Deadlines;
import io.redress.deadlines.DueTimes;
import io.redress.decisions.RefundDecision;
import io.redress.decisions.RefundDecisions;
import io.redress.evidence.EvidenceStore;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.intervention.Dossier;
import io.redress.intervention.Interventions;
import io.redress.ledger.Ledger;
import io.redress.orders.Order;
import io.redress.orders.OrderLine;
import io.redress.orders.OrderLocks;
import io.redress.orders.Orders;
import io.redress.policy.Policies;
import io.redress.policy.Policy;
import io.redress.policy.TimerId;
import io.redress.policy.TimerSetting;
import io.redress.postrefund.PostRefundRequest.Decision;
import io.redress.postrefund.PostRefundRequest.Grounds;
import io.redress.postrefund.PostRefundRequest.Kind;
import io.redress.postrefund.PostRefundRequest.Outcome;
import io.redress.postrefund.PostRefundRequest.Status;
import io.redress.postrefund.internal.RequestRows;
import io.redress.shared.ConflictingState;
import io.redress.shared.InvalidField;
import io.redress.shared.InvalidRequest;
import io.redress.shared.ResourceNotFound;
import io.redress.shared.RuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests after a refund (DOMAIN §8.2): filing (or refusing as NOT_ACCEPTED, {@link AcceptanceRules}), the seller's
 * answer to a reinstatement, the senior agent's review of a seller's appeal with its outcome, withdrawal, and the
 * deadlines. Every change takes the order's lock (as every case change does), checks the request's version, writes
 * the case's timeline step, the audit fact (through the published event) and any ledger entry in one transaction.
 */
@Service
public class PostRefundRequests {

    public static final String ACCEPT = "accept";
    public static final String DECLINE = "decline";
    public static final String REVIEW = "review";
    public static final String WITHDRAW = "withdraw";
    static final Set<String> ACTIONS = Set.of(ACCEPT, DECLINE, REVIEW, WITHDRAW);
    static final String EXPIRE = "EXPIRE";
    static final String OVERDUE = "OVERDUE";

    /** What a party files. */
    public record Filing(Kind kind, Grounds grounds, String message, List<String> evidenceIds, String addressRef) {

        public Filing {
            evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
        }
    }

    /**
     * An action's fields: {@code version} always; {@code reasons} to decline or review; for a review the
     * {@code decision} (UPHELD or REJECTED), and for an upheld appeal the {@code outcome}, its {@code amount}
     * (default: what was refunded) and any bad-faith {@code finding}; for a rejection a {@code reasonCode}.
     */
    public record Command(long version, String reasons, Status decision, NotAcceptedReason reasonCode,
            Outcome outcome, Long amount, boolean badFaith, String finding) {
    }

    private final RequestRows rows;
    private final Cases cases;
    private final CaseDesk desk;
    private final RefundDecisions decisions;
    private final Interventions interventions;
    private final Orders orders;
    private final OrderLocks orderLocks;
    private final EvidenceStore evidence;
    private final Deadlines deadlines;
    private final DueTimes dueTimes;
    private final Policies policies;
    private final Ledger ledger;
    private final Receivables receivables;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    PostRefundRequests(RequestRows rows, Cases cases, CaseDesk desk, RefundDecisions decisions,
            Interventions interventions, Orders orders, OrderLocks orderLocks, EvidenceStore evidence,
            Deadlines deadlines, DueTimes dueTimes, Policies policies, Ledger ledger, Receivables receivables,
            ApplicationEventPublisher events, MessageSource messages, Clock clock) {
        this.rows = rows;
        this.cases = cases;
        this.desk = desk;
        this.decisions = decisions;
        this.interventions = interventions;
        this.orders = orders;
        this.orderLocks = orderLocks;
        this.evidence = evidence;
        this.deadlines = deadlines;
        this.dueTimes = dueTimes;
        this.policies = policies;
        this.ledger = ledger;
        this.receivables = receivables;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Files a request on a refunded case (or one closed by a ruling): 404 for a case the caller is no party to, 409
     * when the case is not refunded, 400 for fields, 422 NOT_ACCEPTED with the §8.3 reason when the platform does not
     * take it up. A refusal stores nothing.
     */
    @Transactional
    public PostRefundRequest file(Caller caller, String caseId, Filing filing) {
        Case unlocked = refundedCase(caller, caseId);
        orderLocks.lock(unlocked.orderId());
        Case c = cases.find(caseId).orElseThrow();
        String role = party(caller, c);
        checkFields(role, filing);
        Instant finishedAt = finishedAt(caller, c);
        Optional<Dossier> dossier = dossier(caller, c);
        RefundSource source = source(c, dossier);
        Instant now = now();
        AcceptanceRules.Facts facts = new AcceptanceRules.Facts(filing.kind(), c.type(), source, finishedAt,
                due(c, TimerId.T_SELLER_APPEAL, finishedAt), now, filing.grounds(),
                dossier.map(Dossier::appeal).isPresent(), rows.ofCase(caseId));
        Optional<NotAcceptedReason> refusal = AcceptanceRules.refusal(facts);
        if (refusal.isPresent()) {
            throw notAccepted(refusal.get());
        }
        evidence.requireOwn(caseId, role, filing.evidenceIds());
        boolean reinstatement = filing.kind() == Kind.REINSTATEMENT;
        TimerId timer = reinstatement ? TimerId.T_REINSTATEMENT_ANSWER : TimerId.T_RULING;
        Instant dueAt = due(c, timer, now);
        PostRefundRequest request = new PostRefundRequest("PR-" + UUID.randomUUID(), caseId, c.orderId(), c.buyerId(),
                c.shopId(), filing.kind(), reinstatement ? Status.AWAITING_SELLER : Status.AWAITING_REVIEW,
                filing.grounds(), filing.message().strip(), filing.evidenceIds(), source, c.refundedAmount(),
                c.currency(), reinstatement ? addressRef(c, filing.addressRef()) : null, caller.name(), now, dueAt,
                false, null, c.version(), 1, now);
        rows.insert(request);
        rows.step(request.requestId(), caseId, c.version(), role, caller.name(),
                (reinstatement ? "reinstatement" : "seller-appeal") + ":request", request.message(), now);
        deadlines.set(key(request.requestId()), timer.name(), reinstatement ? "SELLER" : "PLATFORM", dueAt,
                reinstatement ? EXPIRE : OVERDUE);
        events.publishEvent(new PostRefundEvent.Requested(request.requestId(), caseId, request.kind(),
                request.grounds(), source, caller.name(), dueAt, now));
        return request;
    }

    /** Every request on the case, oldest first, whoever asks: the read API for the dossier and "what now" panels. */
    @Transactional(readOnly = true)
    public List<PostRefundRequest> forCase(String caseId) {
        return rows.ofCase(caseId);
    }

    /** The case's requests as the caller may see them (404 for a case it may not see). */
    @Transactional(readOnly = true)
    public List<PostRefundRequest> ofCase(Caller caller, String caseId) {
        Case c = cases.find(caseId).filter(found -> sees(caller, found))
                .orElseThrow(() -> new ResourceNotFound("case", caseId));
        return rows.ofCase(c.caseId());
    }

    @Transactional(readOnly = true)
    public PostRefundRequest find(Caller caller, String requestId) {
        return rows.find(requestId).filter(r -> sees(caller, r))
                .orElseThrow(() -> new ResourceNotFound("post-refund request", requestId));
    }

    /**
     * The requests the caller may see: staff those awaiting review (the senior agents' queue, oldest due first), a
     * party those of its cases.
     */
    @Transactional(readOnly = true)
    public List<PostRefundRequest> visibleTo(Caller caller) {
        if (staff(caller)) {
            return rows.inStatus(Kind.SELLER_APPEAL, Status.AWAITING_REVIEW);
        }
        return rows.ofParty(caller.has(Role.BUYER) ? caller.buyerId() : null,
                caller.has(Role.SELLER) ? caller.shopId() : null);
    }

    /**
     * Applies {@code action} as {@code caller}: 404 for a request it may not see or an unknown action, 409 with
     * {@code allowedActions} for a stale version or an action not allowed now (a senior agent who ruled the case may
     * not review its appeal), 400/422 for fields.
     */
    @Transactional
    public PostRefundRequest act(Caller caller, String requestId, String action, Command command) {
        if (!ACTIONS.contains(action)) {
            throw new ResourceNotFound("post-refund request action", action);
        }
        PostRefundRequest seen = find(caller, requestId);
        orderLocks.lock(seen.orderId());
        PostRefundRequest current = rows.find(requestId).orElseThrow();
        List<String> allowed = allowedActions(caller, current);
        if (current.version() != command.version()) {
            throw new ConflictingState("the request changed since version " + command.version() + "; it is at "
                    + current.version()).with("allowedActions", allowed).with("request", current);
        }
        if (!allowed.contains(action)) {
            throw new ConflictingState(refusedText(caller, current, action)).with("allowedActions", allowed);
        }
        Case c = cases.find(current.caseId()).orElseThrow();
        Instant now = now();
        PostRefundRequest changed = switch (action) {
            case ACCEPT -> answer(caller, c, current, Status.ACCEPTED, command, now);
            case DECLINE -> answer(caller, c, current, Status.DECLINED, command, now);
            case REVIEW -> review(caller, c, current, command, now);
            default -> withStatus(current, Status.WITHDRAWN, false, null, now);
        };
        store(changed, current.version());
        deadlines.cancel(key(requestId));
        record(c, current, changed, action, role(caller, c), caller.name(), changed.decision() == null ? null
                : changed.decision().reasons(), now);
        if (changed.status() == Status.ACCEPTED) {
            events.publishEvent(reinstated(changed, c, now));
        }
        return changed;
    }

    /** A request's deadline ran out: a silent seller's reinstatement expires; an appeal's review becomes overdue. */
    @Transactional
    public void expire(String requestId, String onExpiry) {
        PostRefundRequest unlocked = rows.find(requestId).orElse(null);
        if (unlocked == null) {
            return;
        }
        orderLocks.lock(unlocked.orderId());
        PostRefundRequest current = rows.find(requestId).orElseThrow();
        if (!current.open() || clock.instant().isBefore(current.dueAt())) {
            return;
        }
        Case c = cases.find(current.caseId()).orElseThrow();
        Instant now = now();
        if (EXPIRE.equals(onExpiry) && current.status() == Status.AWAITING_SELLER) {
            PostRefundRequest changed = withStatus(current, Status.EXPIRED, false, null, now);
            store(changed, current.version());
            record(c, current, changed, "expire", "SYSTEM", null,
                    "the seller did not answer in time: the request lapsed, and the buyer may ask again", now);
        } else if (OVERDUE.equals(onExpiry) && !current.overdue()) {
            PostRefundRequest changed = withStatus(current, current.status(), true, current.decision(), now);
            store(changed, current.version());
            record(c, current, changed, "overdue", "SYSTEM", null, "the review is overdue", now);
        }
    }

    /** The actions the caller may take on the request now. */
    public List<String> allowedActions(Caller caller, PostRefundRequest r) {
        List<String> actions = new ArrayList<>();
        if (r.status() == Status.AWAITING_SELLER && seller(caller, r)) {
            actions.add(ACCEPT);
            actions.add(DECLINE);
        }
        if (r.status() == Status.AWAITING_REVIEW && caller.has(Role.SENIOR_AGENT)
                && !deciders(caller, r.caseId()).contains(caller.name())) {
            actions.add(REVIEW);
        }
        boolean requester = r.kind() == Kind.REINSTATEMENT ? buyer(caller, r) : seller(caller, r);
        if (r.open() && requester) {
            actions.add(WITHDRAW);
        }
        return actions;
    }

    private PostRefundRequest answer(Caller caller, Case c, PostRefundRequest r, Status to, Command command,
            Instant now) {
        String reasons = command.reasons() == null || command.reasons().isBlank() ? null : command.reasons().strip();
        if (to == Status.DECLINED && reasons == null) {
            throw new InvalidRequest("reasons", "say why the reinstatement is declined");
        }
        return withStatus(r, to, false, new Decision(caller.name(), now, reasons, null, null, null, false, null, null),
                now);
    }

    private PostRefundRequest review(Caller caller, Case c, PostRefundRequest r, Command command, Instant now) {
        if (command.reasons() == null || command.reasons().isBlank()) {
            throw new InvalidRequest("reasons", "a review says why, with reasons");
        }
        if (command.decision() != Status.UPHELD && command.decision() != Status.REJECTED) {
            throw new InvalidRequest("decision", "must be UPHELD or REJECTED");
        }
        String reasons = command.reasons().strip();
        if (command.decision() == Status.REJECTED) {
            if (command.outcome() != null || command.amount() != null || command.badFaith()) {
                throw refused("outcome", "a rejected appeal has no outcome, amount or finding");
            }
            NotAcceptedReason code = Optional.ofNullable(command.reasonCode())
                    .orElse(NotAcceptedReason.NOT_SUPPORTED_BY_EVIDENCE);
            events.publishEvent(new PostRefundEvent.AppealReviewed(r.requestId(), r.caseId(), Status.REJECTED, null,
                    null, code, false, caller.name(), now));
            return withStatus(r, Status.REJECTED, false, new Decision(caller.name(), now, reasons, code, null, null,
                    false, null, null), now);
        }
        Outcome outcome = Optional.ofNullable(command.outcome())
                .orElseThrow(() -> new InvalidRequest("outcome", "an upheld appeal needs PLATFORM_COMPENSATION or"
                        + " BUYER_RECEIVABLE"));
        long amount = command.amount() == null ? r.refundedAmount() : command.amount();
        if (amount < 1 || amount > r.refundedAmount()) {
            throw refused("amount", "must be between 1 and " + r.refundedAmount() + ", what was refunded");
        }
        if (outcome == Outcome.PLATFORM_COMPENSATION && !r.refundSource().platformDecided()) {
            throw refused("outcome", "the platform compensates only where its own decision (a ruling or an advance)"
                    + " refunded; this refund came from " + r.refundSource());
        }
        String finding = command.finding() == null || command.finding().isBlank() ? null : command.finding().strip();
        if (command.badFaith() && finding == null) {
            throw new InvalidRequest("finding", "a bad-faith finding says what the buyer did");
        }
        String receivableId = null;
        if (outcome == Outcome.PLATFORM_COMPENSATION) {
            ledger.post(AfterRefundPostings.compensation(r.requestId(), r.orderId(), r.shopId(),
                    Currency.getInstance(r.currency()), amount));
            events.publishEvent(new PostRefundEvent.SellerCompensated(r.requestId(), r.caseId(), r.shopId(), amount,
                    r.currency(), now));
        } else {
            receivableId = receivables.open(r, amount, caller.name(), now).receivableId();
        }
        events.publishEvent(new PostRefundEvent.AppealReviewed(r.requestId(), r.caseId(), Status.UPHELD, outcome,
                amount, null, command.badFaith(), caller.name(), now));
        if (command.badFaith()) {
            rows.fault(r.requestId(), r.caseId(), r.buyerId(), r.grounds(), finding, r.evidenceIds(), caller.name(), now);
            events.publishEvent(new BuyerFaultFound(r.caseId(), r.buyerId(), r.requestId(), r.grounds(), finding, now));
        }
        return withStatus(r, Status.UPHELD, false, new Decision(caller.name(), now, reasons, null, outcome, amount,
                command.badFaith(), finding, receivableId), now);
    }

    /** What the marketplace needs to create the new order: the case's lines at their original unit prices. */
    private PostRefundEvent.ReinstatementAccepted reinstated(PostRefundRequest r, Case c, Instant now) {
        Order order = orders.find(c.orderId()).orElseThrow();
        List<PostRefundEvent.ReinstatementAccepted.Line> lines = c.lines().stream().map(line -> {
            OrderLine ordered = order.line(line.lineId()).orElseThrow();
            return new PostRefundEvent.ReinstatementAccepted.Line(ordered.lineId(), ordered.sku(), ordered.title(),
                    line.quantity(), ordered.unitPrice());
        }).toList();
        return new PostRefundEvent.ReinstatementAccepted(r.requestId(), c.caseId(), c.orderId(), c.buyerId(),
                c.shopId(), c.currency(), lines, r.addressRef(), now);
    }

    private void record(Case c, PostRefundRequest before, PostRefundRequest after, String action, String actor,
            String user, String message, Instant now) {
        String step = (after.kind() == Kind.REINSTATEMENT ? "reinstatement:" : "seller-appeal:") + action;
        rows.step(after.requestId(), c.caseId(), c.version(), actor, user, step, message, now);
        events.publishEvent(new PostRefundEvent.Changed(after.requestId(), c.caseId(), after.kind(), action,
                before.status(), after.status(), user == null ? "SYSTEM" : user, message, now));
    }

    /** The refund's source from the case's refund decision (a settlement both parties accepted is an agreement). */
    private RefundSource source(Case c, Optional<Dossier> dossier) {
        if (c.status() != CaseStatus.REFUNDED) {
            return RefundSource.NONE;
        }
        Optional<RefundDecision> decision = decisions.ofCase(c.caseId()).stream()
                .max(Comparator.comparing(RefundDecision::decidedAt));
        boolean settled = dossier.map(Dossier::ruling).map(Dossier.Ruling::settled).orElse(false);
        return decision.map(d -> RefundSource.of(d.action(), settled)).orElse(RefundSource.NONE);
    }

    /** When the case became REFUNDED (or CLOSED), from its timeline. */
    private Instant finishedAt(Caller caller, Case c) {
        return desk.timeline(caller, c.caseId()).stream()
                .filter(e -> e.to() == c.status() && e.from() != c.status())
                .map(CaseEvent::at).max(Comparator.naturalOrder()).orElse(c.updatedAt());
    }

    private Optional<Dossier> dossier(Caller caller, Case c) {
        return c.intervention() == InterventionStatus.NONE ? Optional.empty()
                : Optional.of(interventions.find(caller, c.caseId()).dossier());
    }

    /**
     * Four eyes: the agents who decided the case's dispute (its ruling, and the review of the ruling's appeal) may
     * not review a seller's appeal of its refund.
     */
    private Set<String> deciders(Caller senior, String caseId) {
        Case c = cases.find(caseId).orElseThrow();
        Optional<Dossier> dossier = dossier(senior, c);
        Set<String> names = new java.util.HashSet<>();
        dossier.map(Dossier::ruling).ifPresent(ruling -> names.add(ruling.ruledBy()));
        dossier.map(Dossier::appeal).map(Dossier.Appeal::reviewedBy).ifPresent(names::add);
        return names;
    }

    private Instant due(Case c, TimerId id, Instant start) {
        Policy policy = policies.find(c.policyProfile(), c.policyVersion()).orElseThrow();
        TimerSetting timer = policy.timer(id, c.timerCategory());
        return dueTimes.inZone(policy.rules().zone()).dueAt(start, timer.duration(), timer.clock());
    }

    private Case refundedCase(Caller caller, String caseId) {
        Case c = cases.find(caseId).filter(found -> party(caller, found) != null)
                .orElseThrow(() -> new ResourceNotFound("case", caseId));
        boolean ruledClosed = c.status() == CaseStatus.CLOSED && c.closeReason() != null
                && c.closeReason() == CloseReason.RULED_FOR_SELLER;
        if (c.status() != CaseStatus.REFUNDED && !ruledClosed) {
            throw new ConflictingState("requests after a refund are made on a REFUNDED case (or one closed by a"
                    + " ruling); case " + caseId + " is " + c.status()).with("allowedActions", List.of());
        }
        return c;
    }

    private static void checkFields(String role, Filing filing) {
        if (filing.kind() == null) {
            throw new InvalidRequest("kind", "must be REINSTATEMENT or SELLER_APPEAL");
        }
        if (filing.message() == null || filing.message().isBlank()) {
            throw new InvalidRequest("message", "is required");
        }
        if (filing.kind() == Kind.REINSTATEMENT) {
            if (!role.equals("BUYER")) {
                throw new InvalidRequest("kind", "only the buyer asks for REINSTATEMENT");
            }
            if (filing.grounds() != null) {
                throw new InvalidRequest("grounds", "a reinstatement has no grounds");
            }
            return;
        }
        if (!role.equals("SELLER")) {
            throw new InvalidRequest("kind", "only the shop's staff file a SELLER_APPEAL");
        }
        if (filing.grounds() == null) {
            throw new InvalidRequest("grounds", "must be EMPTY_PARCEL, SWAPPED_ITEM, FAKE_TRACKING, GOODS_NOT_RETURNED"
                    + " or OTHER");
        }
        if (filing.evidenceIds().isEmpty()) {
            throw new InvalidRequest("evidenceIds", "an appeal brings evidence for its grounds");
        }
    }

    private static String addressRef(Case c, String given) {
        return given == null || given.isBlank() ? "order:" + c.orderId() : given.strip();
    }

    private NotAccepted notAccepted(NotAcceptedReason reason) {
        String detail = messages.getMessage("postrefund.notAccepted." + reason.name(), null,
                "not accepted: " + reason.name(), LocaleContextHolder.getLocale());
        return new NotAccepted(reason, detail);
    }

    private String refusedText(Caller caller, PostRefundRequest r, String action) {
        if (action.equals(REVIEW) && caller.has(Role.SENIOR_AGENT) && r.status() == Status.AWAITING_REVIEW) {
            return "four eyes: the agent who ruled this case (or reviewed its ruling's appeal) may not review the"
                    + " seller's appeal";
        }
        return "you may not " + action + " a " + r.kind() + " request that is " + r.status();
    }

    private void store(PostRefundRequest changed, long basedOn) {
        if (!rows.update(changed, basedOn)) {
            throw new ConflictingState("the request changed meanwhile; read it again");
        }
    }

    private static PostRefundRequest withStatus(PostRefundRequest r, Status status, boolean overdue, Decision decision,
            Instant now) {
        return new PostRefundRequest(r.requestId(), r.caseId(), r.orderId(), r.buyerId(), r.shopId(), r.kind(), status,
                r.grounds(), r.message(), r.evidenceIds(), r.refundSource(), r.refundedAmount(), r.currency(),
                r.addressRef(), r.requestedBy(), r.requestedAt(), r.dueAt(), overdue, decision, r.caseVersion(),
                r.version() + 1, now);
    }

    static RuleViolation refused(String field, String message) {
        return new RuleViolation(field + ": " + message).with("errors", List.of(new InvalidField(field, message)));
    }

    static String key(String requestId) {
        return "postrefund:" + requestId;
    }

    /** BUYER or SELLER when the caller is that party to the case, else null. */
    static String party(Caller caller, Case c) {
        if (caller.has(Role.BUYER) && c.buyerId().equals(caller.buyerId())) {
            return "BUYER";
        }
        return caller.has(Role.SELLER) && c.shopId().equals(caller.shopId()) ? "SELLER" : null;
    }

    /** The caller's part in an action: a party, or the agent's role. */
    static String role(Caller caller, Case c) {
        String party = party(caller, c);
        return party != null ? party : caller.has(Role.SENIOR_AGENT) ? "SENIOR_AGENT" : "AGENT";
    }

    static boolean staff(Caller caller) {
        return caller.has(Role.AGENT) || caller.has(Role.SENIOR_AGENT) || caller.has(Role.AUDITOR)
                || caller.has(Role.ADMIN) || caller.has(Role.MARKETPLACE);
    }

    private static boolean sees(Caller caller, Case c) {
        return staff(caller) || (caller.has(Role.BUYER) && c.buyerId().equals(caller.buyerId()))
                || (caller.has(Role.SELLER) && c.shopId().equals(caller.shopId()));
    }

    private static boolean sees(Caller caller, PostRefundRequest r) {
        return staff(caller) || buyer(caller, r) || seller(caller, r);
    }

    private static boolean buyer(Caller caller, PostRefundRequest r) {
        return caller.has(Role.BUYER) && r.buyerId().equals(caller.buyerId());
    }

    private static boolean seller(Caller caller, PostRefundRequest r) {
        return caller.has(Role.SELLER) && r.shopId().equals(caller.shopId());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
