package io.redress.simulation.internal;

import io.redress.advance.Advance;
import io.redress.advance.AdvanceKind;
import io.redress.advance.AdvanceStatus;
import io.redress.advance.Advances;
import io.redress.postrefund.Receivable;
import io.redress.postrefund.Receivables;
import io.redress.aftersale.Actor;
import io.redress.aftersale.Case;
import io.redress.aftersale.CaseApplication;
import io.redress.aftersale.CaseCommand;
import io.redress.aftersale.CaseDesk;
import io.redress.aftersale.CaseIntake;
import io.redress.aftersale.CaseLine;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.CaseType;
import io.redress.aftersale.Cases;
import io.redress.aftersale.GoodsStage;
import io.redress.aftersale.InterventionStatus;
import io.redress.evidence.Evidence;
import io.redress.evidence.EvidenceKind;
import io.redress.evidence.EvidenceStore;
import io.redress.evidence.Visibility;
import io.redress.identity.Caller;
import io.redress.identity.Role;
import io.redress.intervention.FaultParty;
import io.redress.intervention.InterventionCommand;
import io.redress.intervention.Interventions;
import io.redress.intervention.RulingOutcome;
import io.redress.orders.FulfilmentEvent;
import io.redress.orders.internal.Fulfilment;
import io.redress.orders.internal.FulfilmentReport;
import io.redress.orders.internal.OrderIntake;
import io.redress.simulation.Scenario;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The marketplace's side of a run: places the planned orders, reports shipping and signing, and plays buyers,
 * sellers and agents against the engine through the same services the API calls. It reacts to what the engine did
 * (a refusal, an agreement, an accepted dispute) as the case's new state shows it; every draw comes from a stream of
 * the order's own, so the same plan under the same policy plays the same way.
 */
final class Market {

    /** One thing a party does at a time; ties run in the order they were planned. */
    private record Step(Instant at, long seq, String what, Runnable action) {
    }

    /** A case the market opened, with what it knows of it. */
    static final class Tracked {
        final PlannedOrder order;
        final String caseId;
        long seenVersion;
        int draws;
        Integer agent;
        boolean buyerSubmitted;
        boolean sellerSubmitted;
        boolean repaymentPlanned;

        Tracked(PlannedOrder order, String caseId) {
            this.order = order;
            this.caseId = caseId;
        }
    }

    /** The random stream of a buyer's repayments, apart from the streams of its other moves. */
    private static final long REPAYMENT_STREAM = 1L << 40;

    private static final String RETURN_ADDRESS = "Simulated returns centre, 1 Warehouse Road";

    private final Plan plan;
    private final OrderIntake intake;
    private final Fulfilment fulfilment;
    private final CaseIntake caseIntake;
    private final CaseDesk desk;
    private final Cases cases;
    private final Interventions interventions;
    private final EvidenceStore evidence;
    private final Advances advances;
    private final Receivables receivables;
    private final ZoneId zone;
    private final PriorityQueue<Step> agenda = new PriorityQueue<>(
            (a, b) -> a.at.equals(b.at) ? Long.compare(a.seq, b.seq) : a.at.compareTo(b.at));
    private final Map<String, Tracked> byCase = new HashMap<>();
    private final Map<String, Tracked> byOrder = new TreeMap<>();
    private final Map<String, Integer> refused = new TreeMap<>();
    private final List<PlannedOrder> refusedApplications = new ArrayList<>();
    private final Instant[] agentFree;
    private long seq;
    private long actions;

    Market(Plan plan, OrderIntake intake, Fulfilment fulfilment, CaseIntake caseIntake, CaseDesk desk, Cases cases,
            Interventions interventions, EvidenceStore evidence, Advances advances, Receivables receivables, ZoneId zone) {
        this.evidence = evidence;
        this.advances = advances;
        this.receivables = receivables;
        this.plan = plan;
        this.intake = intake;
        this.fulfilment = fulfilment;
        this.caseIntake = caseIntake;
        this.desk = desk;
        this.cases = cases;
        this.interventions = interventions;
        this.zone = zone;
        this.agentFree = new Instant[plan.scenario().agents().count()];
        java.util.Arrays.fill(agentFree, plan.scenario().start().toInstant());
    }

    /** Puts every planned order, its shipping, signing and after-sale request on the agenda. */
    void schedule() {
        for (PlannedOrder order : plan.orders()) {
            at(order.placedAt(), "place", () -> intake.receive(order.submission()));
            boolean heldBack = order.intent() != null && order.intent().stage() == GoodsStage.UNSHIPPED;
            if (!heldBack) {
                at(order.shipAt(), "ship", () -> report(order, FulfilmentEvent.SHIPPED, order.shipAt()));
                at(order.signAt(), "sign", () -> report(order, FulfilmentEvent.SIGNED, order.signAt()));
            }
            if (order.intent() != null) {
                at(order.intent().at(), "apply", () -> apply(order));
            }
        }
    }

    /** When the next planned step is due, or null when nothing is left. */
    Instant next() {
        Step step = agenda.peek();
        return step == null ? null : step.at;
    }

    /** Runs every step due at or before {@code now}; returns how many ran. */
    int runDue(Instant now) {
        int ran = 0;
        while (!agenda.isEmpty() && !agenda.peek().at.isAfter(now)) {
            Step step = agenda.poll();
            ran++;
            actions++;
            try {
                step.action.run();
            } catch (RuntimeException refusal) {
                refused.merge(step.what + ": " + refusal.getClass().getSimpleName(), 1, Integer::sum);
            }
        }
        return ran;
    }

    /** The engine changed these cases: each party whose turn it now is gets its reaction planned. */
    void changed(Set<String> caseIds, Instant now) {
        caseIds.stream().map(byCase::get).filter(t -> t != null)
                .sorted(java.util.Comparator.comparingInt(t -> t.order.index()))
                .forEach(t -> cases.find(t.caseId).ifPresent(c -> react(t, c, now)));
    }

    Map<String, Tracked> opened() {
        return byOrder;
    }

    Map<String, Integer> refusals() {
        return refused;
    }

    /** The orders whose after-sale application the engine refused. */
    List<PlannedOrder> refusedApplications() {
        return refusedApplications;
    }

    long actions() {
        return actions;
    }

    private void apply(PlannedOrder order) {
        Intent intent = order.intent();
        List<CaseLine> lines = order.submission().lines().stream()
                .map(l -> new CaseLine(l.lineId(), l.quantity())).toList();
        Case opened;
        try {
            opened = caseIntake.open(buyer(order), new CaseApplication(order.orderId(), intent.type(), intent.reason(),
                    lines, null, "simulated request"), Locale.ROOT);
        } catch (RuntimeException refusal) {
            refusedApplications.add(order);
            throw refusal;
        }
        Tracked tracked = new Tracked(order, opened.caseId());
        byCase.put(opened.caseId(), tracked);
        byOrder.put(order.orderId(), tracked);
        react(tracked, opened, opened.createdAt());
    }

    private void react(Tracked t, Case c, Instant now) {
        if (c.version() <= t.seenVersion) {
            return;
        }
        t.seenVersion = c.version();
        boolean advanced = c.status() == CaseStatus.REFUNDED && advances.of(t.caseId).isPresent();
        if (c.status().terminal() && !advanced) {
            return;
        }
        Scenario.BuyerKind buyer = plan.buyerOf(t.order);
        Scenario.SellerKind seller = plan.sellerOf(t.order);
        SplittableRandom r = new SplittableRandom(Plan.mix(plan.scenario().seed(), t.order.index(), 1 + t.draws++));
        long v = c.version();
        if (advanced) {
            repayIfOwed(t, advances.of(t.caseId).orElseThrow(), now, buyer);
        }
        InterventionStatus dispute = c.intervention();
        if (dispute != InterventionStatus.NONE) {
            reactToDispute(t, c, now, r, buyer, seller);
            return;
        }
        if (advanced) {
            answerAdvance(t, advances.of(t.caseId).orElseThrow(), v, now, r, seller);
            return;
        }
        switch (c.status()) {
            case REQUESTED:
                if (r.nextDouble() < buyer.regret()) {
                    later(t, v, now.plus(Plan.upTo(r, buyer.reactWithin())), "cancel",
                            x -> desk.act(buyer(t.order), t.caseId, new CaseCommand.Cancel(x.version()), Locale.ROOT));
                }
                if (r.nextDouble() >= seller.silent()) {
                    boolean agrees = r.nextDouble() < seller.agree() * (t.order.intent().founded() ? 1 : 0.5);
                    later(t, v, now.plus(Plan.upTo(r, seller.respondWithin())), agrees ? "agree" : "refuse",
                            x -> desk.act(seller(t.order), t.caseId, agrees
                                    ? new CaseCommand.Agree(x.version(), x.type() == CaseType.REFUND_ONLY ? null : RETURN_ADDRESS)
                                    : new CaseCommand.Refuse(x.version(), "OTHER", "we do not accept this request",
                                            x.goods() == GoodsStage.RECEIVED ? sellerEvidence(t, "the item was as described") : null),
                                    Locale.ROOT));
                }
                break;
            case SELLER_REFUSED:
                double choice = r.nextDouble();
                Instant when = now.plus(Plan.upTo(r, buyer.reactWithin()));
                if (choice < buyer.escalateWhenRefused()) {
                    later(t, v, when, "escalate", x -> desk.act(buyer(t.order), t.caseId,
                            new CaseCommand.Escalate(x.version(), "please step in"), Locale.ROOT));
                } else if (choice < buyer.escalateWhenRefused() + buyer.reviseWhenRefused()) {
                    later(t, v, when, "revise", x -> desk.act(buyer(t.order), t.caseId,
                            new CaseCommand.Revise(x.version(), null, null, "more details about the problem"), Locale.ROOT));
                }
                break;
            case AWAITING_RETURN:
                if (r.nextDouble() >= buyer.abandonReturn()) {
                    later(t, v, now.plus(Plan.upTo(r, buyer.returnWithin())), "ship-return",
                            x -> desk.act(buyer(t.order), t.caseId, new CaseCommand.ShipReturn(x.version(), "SF",
                                    "SFRET" + t.order.index()), Locale.ROOT));
                }
                break;
            case RETURN_SHIPPED:
                if (r.nextDouble() >= seller.silent()) {
                    boolean refuses = r.nextDouble() < seller.refuseReceipt();
                    later(t, v, now.plus(Plan.upTo(r, seller.receiptWithin())), refuses ? "refuse-receipt" : "confirm-receipt",
                            x -> desk.act(seller(t.order), t.caseId, refuses
                                    ? new CaseCommand.RefuseReceipt(x.version(), "DAMAGED", "the goods came back damaged",
                                            sellerEvidence(t, "the returned goods are damaged"))
                                    : new CaseCommand.ConfirmReceipt(x.version()), Locale.ROOT));
                }
                break;
            default:
                break;
        }
    }

    private void reactToDispute(Tracked t, Case c, Instant now, SplittableRandom r, Scenario.BuyerKind buyer,
            Scenario.SellerKind seller) {
        long v = c.version();
        switch (c.intervention()) {
            case REQUESTED:
                if (agentFree.length == 0) {
                    return;
                }
                int agent = freestAgent();
                t.agent = agent;
                Instant start = working(max(now, agentFree[agent]));
                agentFree[agent] = start.plus(half());
                later(t, v, start, "accept-dispute", x -> {
                    interventions.act(agent(agent), t.caseId, new InterventionCommand.Claim(x.version()));
                    interventions.act(agent(agent), t.caseId, new InterventionCommand.Accept(
                            cases.find(t.caseId).orElseThrow().version()));
                });
                break;
            case EVIDENCE:
                if (!t.buyerSubmitted && (t.order.intent().founded() || r.nextDouble() < 0.7)) {
                    t.buyerSubmitted = true;
                    evidence(t, now.plus(Plan.upTo(r, buyer.reactWithin())), buyer(t.order), "buyer evidence");
                }
                if (!t.sellerSubmitted && r.nextDouble() < seller.evidence()) {
                    t.sellerSubmitted = true;
                    evidence(t, now.plus(Plan.upTo(r, seller.respondWithin())), seller(t.order), "seller evidence");
                }
                break;
            case FIRST_REVIEW:
                int holder = t.agent == null ? freestAgent() : t.agent;
                Instant begin = working(max(now, agentFree[holder]));
                agentFree[holder] = begin.plus(half());
                boolean forBuyer = t.order.intent().founded() ? r.nextDouble() < 0.9 : r.nextDouble() < 0.1;
                later(t, v, begin.plus(half()), "rule", x -> interventions.act(agent(holder), t.caseId,
                        new InterventionCommand.Rule(x.version(), forBuyer
                                ? x.type() == CaseType.REFUND_ONLY || x.status() == CaseStatus.REFUNDED
                                        ? RulingOutcome.REFUND : RulingOutcome.RETURN_AND_REFUND
                                : RulingOutcome.FOR_SELLER, null, forBuyer ? FaultParty.SELLER : FaultParty.BUYER,
                                "simulated ruling on the parties' evidence", List.of())));
                break;
            default:
                break;
        }
    }

    /**
     * The seller's answer to a refund the platform paid first: an unshipped instant refund is agreed (it may not be
     * refused); returned goods are confirmed, or refused with a statement at the seller's refusal rate, which opens
     * the platform's review. A silent seller leaves it to the timer, which settles it against the seller.
     */
    private void answerAdvance(Tracked t, Advance advance, long v, Instant now, SplittableRandom r,
            Scenario.SellerKind seller) {
        if (advance.status() != AdvanceStatus.ADVANCED || r.nextDouble() < seller.silent()) {
            return;
        }
        if (advance.kind() == AdvanceKind.UNSHIPPED_INSTANT_REFUND) {
            later(t, v, now.plus(Plan.upTo(r, seller.respondWithin())), "agree-advance",
                    x -> desk.act(seller(t.order), t.caseId, new CaseCommand.Agree(x.version(), null), Locale.ROOT));
            return;
        }
        // an unfounded claim makes a refusal of the returned goods likelier, as when the platform did not pay first
        boolean refuses = r.nextDouble() < seller.refuseReceipt() * (t.order.intent().founded() ? 1 : 3);
        later(t, v, now.plus(Plan.upTo(r, seller.receiptWithin())), refuses ? "refuse-receipt" : "confirm-receipt",
                x -> desk.act(seller(t.order), t.caseId, refuses
                        ? new CaseCommand.RefuseReceipt(x.version(), "DAMAGED", "the goods came back damaged",
                                sellerEvidence(t, "the returned goods are damaged"))
                        : new CaseCommand.ConfirmReceipt(x.version()), Locale.ROOT));
    }

    /**
     * A buyer found at fault for an advance owes it back (the engine opened the buyer's receivable): at the kind's
     * {@code repays} rate it pays the whole of it within its reaction time, recorded as a payment to the platform. Drawn
     * from a stream of its own, so that a scenario without repayments plays exactly as before.
     */
    private void repayIfOwed(Tracked t, Advance advance, Instant now, Scenario.BuyerKind buyer) {
        if (t.repaymentPlanned || advance.status() != AdvanceStatus.RECOVERING || buyer.repaysOrNone() <= 0) {
            return;
        }
        t.repaymentPlanned = true;
        SplittableRandom r = new SplittableRandom(Plan.mix(plan.scenario().seed(), t.order.index(), REPAYMENT_STREAM));
        if (r.nextDouble() >= buyer.repaysOrNone()) {
            return;
        }
        at(now.plus(Plan.upTo(r, buyer.reactWithin())), "repay", () -> {
            Caller payer = buyer(t.order);
            receivables.visibleTo(payer, null).stream()
                    .filter(x -> x.caseId().equals(t.caseId) && x.fromAdvance() && x.status() == Receivable.Status.OPEN)
                    .findFirst()
                    .ifPresent(x -> receivables.act(payer, x.receivableId(), Receivables.PAY,
                            new Receivables.Command(x.version(), null, "SIM-REPAY-" + t.order.index(), null)));
        });
    }

    /** The seller's written statement, uploaded as evidence of the case: what a refusal after receipt must cite. */
    private List<String> sellerEvidence(Tracked t, String statement) {
        Evidence file = evidence.add(new EvidenceStore.Upload(t.caseId, EvidenceKind.TEXT, statement,
                statement.getBytes(StandardCharsets.UTF_8), seller(t.order).name(), Actor.SELLER.name(), Visibility.BOTH));
        return List.of(file.evidenceId());
    }

    /** A party's evidence period submission, whatever the case's version is by then. */
    private void evidence(Tracked t, Instant at, Caller party, String statement) {
        at(at, "submit-evidence", () -> {
            Case c = cases.find(t.caseId).orElseThrow();
            if (c.intervention() == InterventionStatus.EVIDENCE) {
                interventions.act(party, t.caseId, new InterventionCommand.SubmitEvidence(c.version(), List.of(),
                        statement, false));
            }
        });
    }

    /** Plans a party's move on the case as it was at version {@code v}; dropped when the case moved on meanwhile. */
    private void later(Tracked t, long v, Instant at, String what, Consumer<Case> move) {
        at(at, what, () -> {
            Case c = cases.find(t.caseId).orElseThrow();
            if (c.version() == v) {
                move.accept(c);
            }
        });
    }

    private void at(Instant at, String what, Runnable action) {
        agenda.add(new Step(at, seq++, what, action));
    }

    private void report(PlannedOrder order, FulfilmentEvent event, Instant at) {
        fulfilment.record(order.orderId(), new FulfilmentReport(event.name(), null, at.atOffset(ZoneOffset.UTC), "SF",
                "SF" + order.index()));
    }

    private int freestAgent() {
        int best = 0;
        for (int i = 1; i < agentFree.length; i++) {
            if (agentFree[i].isBefore(agentFree[best])) {
                best = i;
            }
        }
        return best;
    }

    private Duration half() {
        return plan.scenario().agents().handleTime().dividedBy(2);
    }

    /** The first instant at or after {@code at} inside the agents' working hours. */
    private Instant working(Instant at) {
        Scenario.Agents agents = plan.scenario().agents();
        if (agents.opensAt() == null) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        if (local.getHour() < agents.opensAt()) {
            return local.toLocalDate().atTime(agents.opensAt(), 0).atZone(zone).toInstant();
        }
        if (local.getHour() >= agents.closesAt()) {
            return local.toLocalDate().plusDays(1).atTime(agents.opensAt(), 0).atZone(zone).toInstant();
        }
        return at;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    static Caller buyer(PlannedOrder order) {
        return new Caller(order.buyerId(), Set.of(Role.BUYER), order.buyerId(), null);
    }

    static Caller seller(PlannedOrder order) {
        return new Caller("staff-" + order.shopId(), Set.of(Role.SELLER), null, order.shopId());
    }

    static Caller agent(int index) {
        return new Caller("sim-agent-" + index, Set.of(Role.AGENT), null, null);
    }
}
