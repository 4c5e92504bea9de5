package io.redress.payments.internal;

import io.redress.payments.GatewayResult;
import io.redress.payments.GatewayUnavailable;
import io.redress.payments.PaymentGateway;
import io.redress.payments.RefundAttempt;
import io.redress.payments.RefundStatus;
import io.redress.shared.ClockAdvanced;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Resolves attempts whose outcome is not final, on the back-off schedule: asks the PSP about the attempt's
 * key, resends under the SAME key only when the PSP has no record of it, and parks the attempt for an
 * operator when the schedule runs out. Attempts never sent (execution lost in a crash) are sent here.
 */
@Component
public class RefundReconciler {

    private final RefundAttemptRows rows;
    private final RefundExecution execution;
    private final RefundOutcomes outcomes;
    private final PaymentGateway gateway;
    private final PspProperties properties;

    RefundReconciler(RefundAttemptRows rows, RefundExecution execution, RefundOutcomes outcomes, PaymentGateway gateway,
            PspProperties properties) {
        this.rows = rows;
        this.execution = execution;
        this.outcomes = outcomes;
        this.gateway = gateway;
        this.properties = properties;
    }

    /**
     * Checks every attempt due at {@code now}, a page of {@code reconcile-batch} at a time until none is left
     * (the gateway paces the calls); returns how many were looked at. A page holding only attempts already
     * looked at in this round ends it: they are claimed elsewhere or due again at once, so the next round takes them.
     */
    public int reconcileDue(Instant now) {
        Set<String> seen = new HashSet<>();
        while (true) {
            List<RefundAttempt> due = rows.due(now, properties.reconcileBatch());
            List<RefundAttempt> fresh = due.stream().filter(attempt -> seen.add(attempt.externalKey())).toList();
            fresh.forEach(attempt -> check(attempt, now));
            if (fresh.isEmpty() || due.size() < properties.reconcileBatch()) {
                return seen.size();
            }
        }
    }

    /** The development clock jumped: checks that fell due in between run before the jump is answered. */
    @EventListener
    void on(ClockAdvanced advanced) {
        reconcileDue(advanced.to());
    }

    private void check(RefundAttempt attempt, Instant now) {
        if (attempt.status() == RefundStatus.REQUESTED) {
            execution.sendFirst(attempt, now);
            return;
        }
        List<Duration> schedule = attempt.status() == RefundStatus.PENDING ? properties.pendingBackoff() : properties.unknownBackoff();
        boolean lastCheck = attempt.checks() + 1 >= schedule.size();
        Instant next = lastCheck ? now : now.plus(schedule.get(attempt.checks() + 1));
        if (!rows.claimCheck(attempt, now, next)) {
            return;
        }
        try {
            Optional<GatewayResult> known = gateway.query(attempt.externalKey());
            GatewayResult result;
            if (known.isPresent()) {
                result = known.get();
            } else {
                rows.countResend(attempt.externalKey(), now);
                result = gateway.refund(attempt.pspReference(), attempt.amount(), attempt.currency(), attempt.externalKey());
            }
            if (lastCheck && attempt.status() == RefundStatus.PENDING && result.status() == GatewayResult.Status.PENDING) {
                outcomes.park(attempt, "still pending at the PSP after " + schedule.size() + " checks", now);
            } else {
                outcomes.apply(attempt, result, now);
            }
        } catch (GatewayUnavailable e) {
            outcomes.unknown(attempt, e.getMessage(), now);
            if (lastCheck) {
                outcomes.park(attempt, "outcome unknown after " + schedule.size() + " checks; last error: " + e.getMessage(), now);
            }
        }
    }
}
