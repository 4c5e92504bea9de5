package io.redress.payments.internal;

import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, resumes the refunds a crash interrupted instead of leaving them to their back-off: attempts
 * recorded but never sent are sent, unknown and pending ones are asked about, all at once and paced by the
 * gateway. Exactly once still holds: sends and checks are claimed by compare-and-set, and a resend uses the
 * attempt's own key, so another node working on the same attempt meanwhile pays nothing twice.
 */
@Component
class RefundRecovery {

    private static final Logger log = LoggerFactory.getLogger(RefundRecovery.class);

    private final RefundAttemptRows rows;
    private final RefundReconciler reconciler;
    private final PaymentsClock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "refund-recovery");
        thread.setDaemon(true);
        return thread;
    });

    RefundRecovery(RefundAttemptRows rows, RefundReconciler reconciler, PaymentsClock clock) {
        this.rows = rows;
        this.reconciler = reconciler;
        this.clock = clock;
    }

    // Off the start-up thread: the application serves while the backlog drains.
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        Instant startedAt = clock.now();
        worker.execute(() -> recover(startedAt));
    }

    /** Makes what was open before {@code startedAt} due now and works through it; returns how many were checked. */
    int recover(Instant startedAt) {
        // whole milliseconds: a database that rounds to its own precision must not store a time after the check
        Instant dueAt = clock.now().truncatedTo(ChronoUnit.MILLIS);
        int resumed = rows.makeDueAfterStart(startedAt, dueAt);
        int checked = reconciler.reconcileDue(clock.now());
        if (resumed > 0) {
            log.info("Resumed {} refund attempts left open before this start; {} checked", resumed, checked);
        }
        return checked;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
