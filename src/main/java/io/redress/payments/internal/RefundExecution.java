package io.redress.payments.internal;

import io.redress.payments.GatewayUnavailable;
import io.redress.payments.PaymentGateway;
import io.redress.payments.RefundAttempt;
import io.redress.payments.RefundSenders;
import io.redress.payments.RefundStatus;
import io.redress.shared.AfterCommit;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Sends committed attempts to the PSP on its own threads, so no request thread or database connection
 * waits on the PSP. Each attempt is marked UNKNOWN (committed) before its call: a crash mid-call leaves
 * an attempt the reconciler will query, never one that could be sent under a new key.
 */
@Component
class RefundExecution {

    private final RefundAttemptRows rows;
    private final RefundOutcomes outcomes;
    private final PaymentGateway gateway;
    private final PaymentsClock clock;
    private final PspProperties properties;
    /**
     * The module's own sender threads ({@code redress.psp.senders}), or null when the application provides
     * {@link RefundSenders#BEAN}.
     */
    private final ExecutorService pool;
    private final Executor senders;

    RefundExecution(RefundAttemptRows rows, RefundOutcomes outcomes, PaymentGateway gateway, PaymentsClock clock,
            PspProperties properties, @Qualifier(RefundSenders.BEAN) ObjectProvider<Executor> provided) {
        this.rows = rows;
        this.outcomes = outcomes;
        this.gateway = gateway;
        this.clock = clock;
        this.properties = properties;
        Executor given = provided.getIfAvailable();
        this.pool = given == null ? Executors.newFixedThreadPool(properties.senders(), runnable -> {
            Thread thread = new Thread(runnable, "refund-sender");
            thread.setDaemon(true);
            return thread;
        }) : null;
        this.senders = given == null ? pool : given;
    }

    /**
     * Sends {@code attempts}, just written, on the sender threads once the transaction that wrote them has committed;
     * nothing when it rolls back. A send lost to a crash in between is the reconciler's: the attempts are due at
     * their {@code nextCheckAt}, and every start resumes open refunds. So nothing is stored to redeliver this
     * hand-off (an event listener here cost the event registry a row, its claim and its completion per refund).
     */
    void sendAfterCommit(List<RefundAttempt> attempts) {
        AfterCommit.run(() -> senders.execute(() -> attempts.forEach(attempt -> sendFirst(attempt, clock.now()))));
    }

    /** Sends an attempt that was never sent; does nothing when another thread or node already claimed it. */
    void sendFirst(RefundAttempt attempt, Instant now) {
        if (rows.claimFirstSend(attempt.externalKey(), now, now.plus(properties.unknownBackoff().get(0)))) {
            call(attempt, now);
        }
    }

    /** Calls the PSP with the attempt's own key; the PSP's idempotency makes a repeat harmless. */
    void call(RefundAttempt attempt, Instant now) {
        try {
            outcomes.apply(attempt, gateway.refund(attempt.pspReference(), attempt.amount(), attempt.currency(),
                    attempt.externalKey()), now);
        } catch (GatewayUnavailable e) {
            outcomes.unknown(attempt, e.getMessage(), now);
        }
    }

    @PreDestroy
    void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
