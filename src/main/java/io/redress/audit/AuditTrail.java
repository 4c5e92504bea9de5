package io.redress.audit;

/**
 * Appends facts to the hash-chained audit log. Inside a transaction the fact is written in that transaction, just
 * before it commits (and not at all if it rolls back); outside one, in a transaction of its own at once.
 */
public interface AuditTrail {

    void record(AuditFact fact);
}
