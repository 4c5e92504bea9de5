package io.redress.intervention;

import io.redress.aftersale.Actor;
import io.redress.aftersale.Case;
import io.redress.aftersale.CaseAction;
import io.redress.aftersale.CaseLifecycle;
import io.redress.aftersale.CaseRulings;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.InterventionStatus;
import io.redress.evidence.Evidence;
import io.redress.evidence.EvidenceStore;
import io.redress.intervention.InterventionCommand.*;
import io.redress.intervention.internal.DisputeTimers;
import io.redress.intervention.internal.DossierStore;
import io.redress.ledger.RulingCorrection;
import io.redress.policy.TimerId;
import io.redress.shared.ConflictingState;
import io.redress.shared.InvalidField;
import io.redress.shared.RuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Mediation, the ruling and the appeal. A ruling (or a settlement both parties accepted) executes at once through
 * the case table's {@code RULING_*} rows ({@link CaseRulings}); an overturned ruling never reverses money that
 * moved: it books a compensation or a recovery in the ledger ({@link RulingCorrection}).
 */
@Component
class RulingSteps {

    private final CaseLifecycle lifecycle;
    private final CaseRulings caseRulings;
    private final DossierStore store;
    private final DisputeTimers timers;
    private final EvidenceStore evidence;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RulingSteps(CaseLifecycle lifecycle, CaseRulings caseRulings, DossierStore store, DisputeTimers timers,
            EvidenceStore evidence, ApplicationEventPublisher events, Clock clock) {
        this.lifecycle = lifecycle;
        this.caseRulings = caseRulings;
        this.store = store;
        this.timers = timers;
        this.evidence = evidence;
        this.events = events;
        this.clock = clock;
    }

    void propose(String me, Actor actor, Case c, Dossier d, ProposeSettlement proposal) {
        requireWithinQuote(c, proposal.amount());
        store.propose(c.caseId(), proposal.amount(), proposal.terms(), me);
        move(c, actor, InterventionStatus.FIRST_REVIEW, d);
        events.publishEvent(new InterventionEvent.SettlementProposed(c.caseId(), proposal.amount(), proposal.terms(),
                clock.instant()));
    }

    /** The second acceptance executes the settlement like an agreement: the case is refunded the settled amount. */
    void acceptSettlement(Actor party, Case c, Dossier d) {
        Instant now = clock.instant();
        store.acceptSettlement(c.caseId(), party, now);
        Dossier.Settlement settlement = store.find(c.caseId()).orElseThrow().settlement();
        if (!settlement.acceptedByBoth()) {
            move(c, party, InterventionStatus.FIRST_REVIEW, d);
            return;
        }
        long amount = settlement.amount();
        RulingOutcome outcome = amount == c.requestedAmount() ? RulingOutcome.REFUND : RulingOutcome.PARTIAL_REFUND;
        Case ruled = caseRulings.execute(c.caseId(), Actor.AGENT, outcome.execution(c.type()).orElseThrow(),
                c.version(), amount, settlement.proposedBy(), "settlement accepted by both parties: "
                        + settlement.terms(), Map.of("settlement", amount));
        store.rule(c.caseId(), new Dossier.Ruling(outcome, amount, FaultParty.NONE, settlement.terms(), List.of(),
                c.policyProfile(), c.policyVersion(), true, settlement.proposedBy(), now));
        store.status(c.caseId(), InterventionStatus.RULED, null, null, now);
        move(ruled, Actor.SYSTEM, InterventionStatus.FINAL, null);
        events.publishEvent(new InterventionEvent.Settled(c.caseId(), amount, now));
    }

    void rule(String me, Actor actor, Case c, Dossier d, Rule rule) {
        Instant now = clock.instant();
        RulingOutcome outcome = outcome(c, rule);
        CaseAction execution = outcome.execution(c.type()).orElseThrow(() -> new ConflictingState(
                "a " + c.type() + " case cannot be ruled " + outcome).with("allowedOutcomes", allowedOutcomes(c)));
        Long amount = amount(c, outcome, rule.amount());
        requireOnCase(c, rule.evidenceIds());
        Case ruled = caseRulings.execute(c.caseId(), actor, execution, c.version(), amount, me, rule.reasons(),
                Map.of("outcome", outcome.name(), "faultParty", rule.faultParty().name(),
                        "evidenceIds", rule.evidenceIds()));
        store.rule(c.caseId(), new Dossier.Ruling(outcome, amount, rule.faultParty(), rule.reasons(),
                rule.evidenceIds(), c.policyProfile(), c.policyVersion(), false, me, now));
        store.status(c.caseId(), InterventionStatus.RULED, null, null, now);
        move(ruled, Actor.SYSTEM, InterventionStatus.APPEAL_OPEN, null);
        timers.set(c.caseId(), "APPEAL", "PARTIES", timers.dueAt(c, TimerId.T_APPEAL, now), "CLOSE_APPEAL");
        events.publishEvent(new InterventionEvent.Ruled(c.caseId(), outcome, amount, rule.faultParty(), me,
                c.policyProfile(), c.policyVersion(), now));
    }

    /** An appeal brings evidence the appealing party uploaded after the ruling. */
    void appeal(Actor party, Case c, Dossier d, Appeal appeal) {
        evidence.requireOwn(c.caseId(), party.name(), appeal.evidenceIds());
        Instant ruledAt = d.ruling().ruledAt();
        boolean allNew = appeal.evidenceIds().stream().map(evidence::find).flatMap(Optional::stream)
                .allMatch(e -> e.createdAt().isAfter(ruledAt));
        if (!allNew) {
            throw refused("evidenceIds", "an appeal brings new evidence: uploaded after the ruling");
        }
        lifecycle.act(c.caseId(), party, CaseAction.APPEAL, c.version());
        store.appealDetails(c.caseId(), appeal.message(), appeal.evidenceIds());
        timers.cancel(c.caseId(), "APPEAL");
        events.publishEvent(new InterventionEvent.Appealed(c.caseId(), party, clock.instant()));
    }

    void review(String me, Case c, Dossier d, Review review) {
        if (d.ruling().ruledBy().equals(me)) {
            throw new ConflictingState("the reviewer of an appeal may not be the agent who ruled")
                    .with("allowedActions", List.of());
        }
        Instant now = clock.instant();
        Optional<RulingCorrection> correction = review.decision() == ReviewDecision.OVERTURNED
                ? correction(c, d.ruling(), review.recoverFromBuyer()) : Optional.empty();
        store.review(c.caseId(), review.decision(), review.reasons(), me,
                correction.map(x -> x.direction().name()).orElse(null),
                correction.map(RulingCorrection::amount).orElse(null), now);
        move(c, Actor.SENIOR_AGENT, InterventionStatus.FINAL, null);
        events.publishEvent(new InterventionEvent.Reviewed(c.caseId(), review.decision(), me, now));
        correction.ifPresent(x -> {
            events.publishEvent(x);
            events.publishEvent(new InterventionEvent.RulingOverturned(c.caseId(), x.direction().name(), x.amount(),
                    now));
        });
        events.publishEvent(new InterventionEvent.Final(c.caseId(), now));
    }

    /**
     * What putting an overturned ruling right moves, never reversing a refund: a refund that was decided (the case
     * is refunding or refunded) is compensated to the seller by the platform, or recovered from the buyer; a ruling
     * for the seller is compensated to the buyer. A ruling whose money has not moved yet books nothing.
     */
    static Optional<RulingCorrection> correction(Case c, Dossier.Ruling ruling, boolean recoverFromBuyer) {
        RulingCorrection.Direction direction;
        long amount;
        if (ruling.outcome().forBuyer()) {
            boolean moved = c.status() == CaseStatus.REFUNDING || c.status() == CaseStatus.REFUNDED;
            if (!moved) {
                return Optional.empty();
            }
            amount = c.agreedAmount() != null ? c.agreedAmount() : c.requestedAmount();
            direction = recoverFromBuyer ? RulingCorrection.Direction.RECOVER_FROM_BUYER
                    : RulingCorrection.Direction.COMPENSATE_SELLER;
        } else {
            amount = c.requestedAmount();
            direction = RulingCorrection.Direction.COMPENSATE_BUYER;
        }
        return amount <= 0 ? Optional.empty() : Optional.of(new RulingCorrection(c.caseId() + ":review", c.caseId(),
                c.orderId(), c.buyerId(), c.shopId(), Currency.getInstance(c.currency()), amount, direction));
    }

    /** The outcome ruled, or the default when liability is undetermined (which then must not be contradicted). */
    private static RulingOutcome outcome(Case c, Rule rule) {
        if (rule.faultParty() != FaultParty.UNDETERMINED) {
            if (rule.outcome() == null) {
                throw refused("outcome", "is required unless faultParty is UNDETERMINED");
            }
            return rule.outcome();
        }
        RulingOutcome fallback = RulingOutcome.whenUndetermined(c.type());
        if (rule.outcome() != null && rule.outcome() != fallback) {
            throw refused("outcome", "liability undetermined: the outcome is " + fallback);
        }
        return fallback;
    }

    private Long amount(Case c, RulingOutcome outcome, Long asked) {
        if (outcome == RulingOutcome.PARTIAL_REFUND) {
            if (asked == null) {
                throw refused("amount", "is required for a partial refund");
            }
            requireWithinQuote(c, asked);
            return asked;
        }
        if (asked != null) {
            throw refused("amount", "only a partial refund takes an amount");
        }
        return outcome == RulingOutcome.REFUND ? c.requestedAmount() : null;
    }

    private void requireWithinQuote(Case c, long amount) {
        long max = caseRulings.liveMaximum(c);
        if (amount < 1 || amount > max) {
            throw refused("amount", "must be between 1 and " + max + ", what the case's lines can refund now");
        }
    }

    private void requireOnCase(Case c, List<String> evidenceIds) {
        List<String> missing = evidenceIds.stream()
                .filter(id -> evidence.find(id).map(Evidence::caseId).filter(c.caseId()::equals).isEmpty()).toList();
        if (!missing.isEmpty()) {
            throw refused("evidenceIds", "not evidence on this case: " + missing);
        }
    }

    private static List<String> allowedOutcomes(Case c) {
        return Arrays.stream(RulingOutcome.values()).filter(o -> o.execution(c.type()).isPresent())
                .map(Enum::name).toList();
    }

    private void move(Case c, Actor actor, InterventionStatus next, Dossier keepSla) {
        lifecycle.intervene(c.caseId(), actor, c.version(), c.intervention(), next);
        store.status(c.caseId(), next, keepSla == null ? null : keepSla.slaStartedAt(),
                keepSla == null ? null : keepSla.slaDueAt(), clock.instant());
    }

    static RuleViolation refused(String field, String message) {
        return new RuleViolation(field + ": " + message).with("errors", List.of(new InvalidField(field, message)));
    }
}
