package io.redress.advance.internal;

import io.redress.advance.Advance;
import io.redress.advance.AdvanceRecovered;
import io.redress.advance.AdvanceSettled;
import io.redress.advance.AdvanceStatus;
import io.redress.advance.AdvanceUnrecovered;
import io.redress.decisions.RefundDecisions;
import io.redress.deadlines.Deadlines;
import io.redress.ledger.AdvanceRepayment;
import io.redress.ledger.RefundFunding;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves advances after they were paid, in the caller's transaction (which holds the order's lock): each move is a
 * compare-and-set on the advance's status, so it happens once however often it is asked for; the quota is released
 * under the buyer's row lock by exactly the move that ends the advance's hold, and the ledger is told who repays.
 */
@Component
public class AdvanceBook {

    /** The deadlines-module subject of the seller's time to answer an advance (never a case id). */
    static final String SUBJECT = "advance:";

    private final AdvanceRows advances;
    private final QuotaRows quotas;
    private final RefundDecisions decisions;
    private final Deadlines deadlines;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AdvanceBook(AdvanceRows advances, QuotaRows quotas, RefundDecisions decisions, Deadlines deadlines,
            ApplicationEventPublisher events, Clock clock) {
        this.advances = advances;
        this.quotas = quotas;
        this.decisions = decisions;
        this.deadlines = deadlines;
        this.events = events;
        this.clock = clock;
    }

    /** The seller (or its silence, or a ruling for the buyer) bears the advance; false when it was not open. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean settle(String caseId, String by, String why) {
        Optional<Advance> open = advances.find(caseId)
                .filter(a -> a.status() == AdvanceStatus.ADVANCED || a.status() == AdvanceStatus.DISPUTED);
        if (open.isEmpty()) {
            return false;
        }
        Advance a = open.get();
        Instant now = clock.instant();
        if (!release(a, AdvanceStatus.SETTLED, by, why, now)) {
            return false;
        }
        deadlines.cancel(SUBJECT + caseId);
        events.publishEvent(new AdvanceRepayment(caseId, funding(caseId), AdvanceRepayment.By.SELLER));
        events.publishEvent(new AdvanceSettled(caseId, a.orderId(), a.buyerId(), a.shopId(), a.amount(),
                a.currency(), by, now));
        return true;
    }

    /** The seller refused the returned goods: the platform reviews; false when the advance was not waiting for it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean disputed(String caseId, String why) {
        boolean moved = advances.move(caseId, AdvanceStatus.ADVANCED, AdvanceStatus.DISPUTED, "SELLER", why,
                clock.instant());
        if (moved) {
            deadlines.cancel(SUBJECT + caseId);
        }
        return moved;
    }

    /**
     * A ruling found the buyer at fault on a disputed advance: the buyer owes it (the ledger books a receivable and
     * {@link AdvanceUnrecovered} tells whoever collects); the quota stays held until it is paid back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean recover(String caseId, String by, String why) {
        Instant now = clock.instant();
        if (!advances.move(caseId, AdvanceStatus.DISPUTED, AdvanceStatus.RECOVERING, by, why, now)) {
            return false;
        }
        Advance a = advances.find(caseId).orElseThrow();
        events.publishEvent(new AdvanceRepayment(caseId, funding(caseId), AdvanceRepayment.By.BUYER));
        events.publishEvent(new AdvanceUnrecovered(caseId, a.buyerId(), a.amount(), why, now));
        return true;
    }

    /**
     * A ruling for the seller found nobody the platform can recover from (the carrier, no fault): the platform bears
     * the advance as an expense; the buyer's quota is released.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean writeOff(String caseId, String by, String why) {
        Optional<Advance> disputed = advances.find(caseId).filter(a -> a.status() == AdvanceStatus.DISPUTED);
        if (disputed.isEmpty()) {
            return false;
        }
        if (!release(disputed.get(), AdvanceStatus.WRITTEN_OFF, by, why, clock.instant())) {
            return false;
        }
        events.publishEvent(new AdvanceRepayment(caseId, funding(caseId), AdvanceRepayment.By.PLATFORM));
        return true;
    }

    /** The buyer paid back an advance being recovered: the quota it held is released; false when none was. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean recovered(String caseId, String by) {
        Optional<Advance> recovering = advances.find(caseId).filter(a -> a.status() == AdvanceStatus.RECOVERING);
        if (recovering.isEmpty()) {
            return false;
        }
        Advance a = recovering.get();
        Instant now = clock.instant();
        if (!release(a, AdvanceStatus.RECOVERED, by, "paid back", now)) {
            return false;
        }
        events.publishEvent(new AdvanceRecovered(caseId, a.buyerId(), a.amount(), now));
        return true;
    }

    /**
     * What the buyer owed for an advance being recovered was written off by whoever collects it: WRITTEN_OFF, the quota
     * released; false when none was being recovered. The ledger already holds the advance as the buyer's receivable
     * ({@code advance-recovered:}), so the collector's own write-off entry is the only one.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean recoveryWrittenOff(String caseId, String by, String why) {
        Optional<Advance> recovering = advances.find(caseId).filter(a -> a.status() == AdvanceStatus.RECOVERING);
        return recovering.isPresent() && release(recovering.get(), AdvanceStatus.WRITTEN_OFF, by, why, clock.instant());
    }

    /**
     * Ends the advance's hold on the quota: under the buyer's row lock, moves it from the status it was read at to
     * {@code to} and gives its amount back; false (nothing given back) when another move came first.
     */
    private boolean release(Advance a, AdvanceStatus to, String by, String why, Instant now) {
        long used = quotas.lock(a.buyerId(), now);
        if (!advances.move(a.caseId(), a.status(), to, by, why, now)) {
            return false;
        }
        quotas.set(a.buyerId(), used - a.amount(), now);
        return true;
    }

    private RefundFunding funding(String caseId) {
        return RefundFunding.of(decisions.byRef(caseId).orElseThrow(
                () -> new IllegalStateException("advance on case " + caseId + " has no refund decision")));
    }
}
