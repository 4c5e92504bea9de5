package io.redress.ledger;

/** Compares refund attempts and ledger payouts with the PSP's records. */
public interface Reconciliation {

    /** Runs the comparison now. */
    ReconciliationReport report();
}
