package io.redress.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a step once the surrounding transaction committed (at once without one), nothing if it rolls back; nothing is
 * stored, so a crash in between loses the step. For what needs no redelivery or has its own (a metric, a log line,
 * handing committed refund attempts to the senders, whose reconciler covers a lost send). Plain
 * {@code @EventListener}s use this instead of {@code @TransactionalEventListener}: Spring Modulith would record a
 * publication in its registry for every event and every such listener, a write and a connection per event.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static void run(Runnable step) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            step.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                step.run();
            }
        });
    }
}
