package io.redress.audit.internal;

import io.redress.audit.AuditFact;
import io.redress.audit.AuditTrail;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes facts in the transaction of their fact, as its last work: they are collected while the transaction runs
 * and appended just before it commits, under the chain head's row lock. The head is the last lock a writing
 * transaction takes and it is held only for its statements and the commit (on PostgreSQL the append goes with the
 * commit in one round trip), so appends cannot deadlock with
 * the locks of the facts themselves (orders, accounts) and serialise only their tail. A fact recorded outside any
 * transaction (the development clock moving) is appended at once in a transaction of its own.
 */
@Service
class ChainAppender implements AuditTrail {

    private final ChainLink link;
    private final TransactionTemplate ownTransaction;

    ChainAppender(ChainLink link, PlatformTransactionManager transactions) {
        this.link = link;
        this.ownTransaction = new TransactionTemplate(transactions);
    }

    @Override
    public void record(AuditFact fact) {
        AuditFact withActor = Actors.fill(fact);
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            ownTransaction.executeWithoutResult(status -> link.append(List.of(withActor)));
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.add(withActor);
    }

    /** The facts of one transaction; appended before it commits, or forgotten when it rolls back. */
    private final class Pending implements TransactionSynchronization {

        private final List<AuditFact> facts = new ArrayList<>();
        private boolean flushed;

        void add(AuditFact fact) {
            if (flushed) {
                link.append(List.of(fact));
            } else {
                facts.add(fact);
            }
        }

        /**
         * The transaction's last work: on PostgreSQL the append is sent with the commit, so the chain head is held for
         * the append and the commit's flush, not for a round trip more.
         */
        @Override
        public void beforeCommit(boolean readOnly) {
            flushed = true;
            link.append(facts, !readOnly);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(ChainAppender.this);
        }

        @Override
        public int getOrder() {
            return LOWEST_PRECEDENCE;
        }
    }
}
