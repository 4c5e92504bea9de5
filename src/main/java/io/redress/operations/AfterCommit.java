package io.redress.operations;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a metric or log step once the surrounding transaction committed (at once without one). Plain
 * {@code @EventListener}s with this instead of {@code @TransactionalEventListener}: Spring Modulith would record a
 * publication in its registry for every event and every such listener, a write and a connection per event for a
 * counter.
 */
final class AfterCommit {

    private AfterCommit() {
    }

    static void run(Runnable step) {
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
