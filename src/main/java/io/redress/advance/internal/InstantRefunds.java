package io.redress.advance.internal;

import io.redress.advance.Advance;
import io.redress.advance.AdvanceKind;
import io.redress.advance.AdvanceStatus;
import io.redress.advance.InstantRefundGate;
import io.redress.advance.InstantRefundRules;
import io.redress.advance.RefundAdvanced;
import io.redress.aftersale.Actor;
import io.redress.aftersale.Case;
import io.redress.aftersale.CaseAction;
import io.redress.aftersale.CaseAdvances;
import io.redress.aftersale.CaseLifecycle;
import io.redress.aftersale.CaseLine;
import io.redress.aftersale.CaseStatus;
import io.redress.aftersale.CaseType;
import io.redress.aftersale.GoodsStage;
import io.redress.aftersale.InterventionStatus;
import io.redress.deadlines.Deadlines;
import io.redress.deadlines.DueTimes;
import io.redress.orders.Order;
import io.redress.orders.Orders;
import io.redress.policy.InstantRefundPolicy;
import io.redress.policy.Policies;
import io.redress.policy.Policy;
import io.redress.policy.TimerId;
import io.redress.policy.TimerSetting;
import io.redress.shared.TransactionMemory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform pays first (docs/instant-refund.md). Offered a case in the transaction that opened it or shipped its
 * return, under the order's lock, it locks the buyer's quota row, checks the case's policy terms, the credit gate and
 * the buyer's use, takes the amount from the quota, records the advance and applies INSTANT_REFUND: the refund is
 * decided and its payout requested in that same transaction, and paid by the payout pipeline right after it commits.
 */
@Component
class InstantRefunds implements CaseAdvances {

    private static final Logger log = LoggerFactory.getLogger(InstantRefunds.class);

    private final AdvanceRows advances;
    private final QuotaRows quotas;
    private final InstantRefundGate gate;
    private final Policies policies;
    private final Orders orders;
    private final CaseLifecycle lifecycle;
    private final Deadlines deadlines;
    private final DueTimes dueTimes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** The cases this transaction made an advance on. */
    private final TransactionMemory<String, Boolean> madeHere = new TransactionMemory<>();

    InstantRefunds(AdvanceRows advances, QuotaRows quotas, InstantRefundGate gate, Policies policies, Orders orders,
            CaseLifecycle lifecycle, Deadlines deadlines, DueTimes dueTimes, ApplicationEventPublisher events,
            Clock clock) {
        this.advances = advances;
        this.quotas = quotas;
        this.gate = gate;
        this.policies = policies;
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.deadlines = deadlines;
        this.dueTimes = dueTimes;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Case offer(Case c) {
        Optional<AdvanceKind> kind = kindOf(c);
        if (kind.isEmpty() || advances.find(c.caseId()).isPresent()) {
            return c;
        }
        Policy policy = policies.find(c.policyProfile(), c.policyVersion()).orElseThrow();
        InstantRefundPolicy terms = policy.rules().instantRefund();
        boolean offered = kind.get() == AdvanceKind.UNSHIPPED_INSTANT_REFUND ? terms.unshipped() : terms.onReturnShipped();
        Order order = orders.find(c.orderId()).orElse(null);
        if (!offered || order == null) {
            return c;
        }
        long amount = c.agreedAmount() != null ? c.agreedAmount() : c.requestedAmount();
        Instant now = clock.instant();
        // the buyer's row lock serialises this buyer's instant refunds across orders: check and take as one step
        long used = quotas.lock(c.buyerId(), now);
        InstantRefundRules.Usage usage = advances.usage(c.buyerId(), used, now.minus(Duration.ofDays(terms.trailingDays())));
        List<String> refusals = InstantRefundRules.refusals(terms, gate.allows(c.buyerId()), usage, order,
                c.lines().stream().map(CaseLine::lineId).toList(), amount);
        if (!refusals.isEmpty()) {
            log.info("no instant refund on case {}: {}", c.caseId(), refusals);
            return c;
        }
        quotas.set(c.buyerId(), used + amount, now);
        madeHere.put(c.caseId(), Boolean.TRUE);
        advances.insert(new Advance(c.caseId(), c.orderId(), c.buyerId(), c.shopId(), kind.get(),
                AdvanceStatus.ADVANCED, amount, c.currency(), null, null, now, null));
        Case paid = lifecycle.act(c.caseId(), Actor.SYSTEM, CaseAction.INSTANT_REFUND, c.version(),
                UnaryOperator.identity(), "instant refund: the platform pays " + amount + " first; the seller answers"
                        + " afterwards (" + kind.get() + ")");
        answerBy(paid, policy, kind.get());
        events.publishEvent(new RefundAdvanced(c.caseId(), c.orderId(), c.buyerId(), c.shopId(), kind.get(), amount,
                c.currency(), now));
        return paid;
    }

    @Override
    public Optional<CaseAdvance> of(String caseId) {
        return advances.find(caseId).map(InstantRefunds::shown);
    }

    @Override
    public Optional<CaseAdvance> madeHere(String caseId) {
        return madeHere.knows(caseId) ? of(caseId) : Optional.empty();
    }

    @Override
    public Map<String, CaseAdvance> of(Collection<String> caseIds) {
        Map<String, CaseAdvance> found = new HashMap<>();
        advances.find(caseIds).forEach(a -> found.put(a.caseId(), shown(a)));
        return found;
    }

    private static CaseAdvance shown(Advance a) {
        return new CaseAdvance(a.kind().name(), a.status().name(), a.status().awaitsSeller());
    }

    /** Which advance the case's state allows: none unless the platform has no dispute on it. */
    static Optional<AdvanceKind> kindOf(Case c) {
        if (c.intervention() != InterventionStatus.NONE) {
            return Optional.empty();
        }
        if (c.type() == CaseType.REFUND_ONLY && c.goods() == GoodsStage.UNSHIPPED
                && c.status() == CaseStatus.REQUESTED) {
            return Optional.of(AdvanceKind.UNSHIPPED_INSTANT_REFUND);
        }
        if (c.type() == CaseType.RETURN_AND_REFUND && c.status() == CaseStatus.RETURN_SHIPPED) {
            return Optional.of(AdvanceKind.RETURN_ADVANCE);
        }
        return Optional.empty();
    }

    /**
     * The seller's time to answer: what it had before the platform paid (T_SELLER_UNSHIPPED to agree, T_RECEIPT to
     * confirm the goods); silence settles the advance against the seller, as it would have agreed or confirmed.
     */
    private void answerBy(Case c, Policy policy, AdvanceKind kind) {
        TimerId timer = kind == AdvanceKind.UNSHIPPED_INSTANT_REFUND ? TimerId.T_SELLER_UNSHIPPED : TimerId.T_RECEIPT;
        TimerSetting setting = policy.timer(timer, c.timerCategory());
        Instant due = dueTimes.inZone(policy.rules().zone()).dueAt(c.updatedAt(), setting.duration(), setting.clock());
        deadlines.set(AdvanceBook.SUBJECT + c.caseId(), timer.name(), "SELLER", due, AdvanceExpiries.SETTLE);
    }
}
