package io.redress.ledger;

import java.time.Instant;
import java.util.List;

/**
 * A further comparison the daily reconciliation runs besides PSP against ledger: a module that keeps its own record
 * of money it booked (e.g. receivables after a refund) checks that record against the ledger's entries. Implemented by
 * modules above the ledger; the ledger depends on none of them.
 */
public interface ReconciliationCheck {

    /** Where the module's record and the ledger disagree at {@code now}; empty when they agree. */
    List<ReconciliationBreak> breaks(Instant now);
}
