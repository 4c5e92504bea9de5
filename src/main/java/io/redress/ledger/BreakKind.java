package io.redress.ledger;

/** How Redress's books and the PSP's disagree about one refund. */
public enum BreakKind {
    /** We recorded success; the PSP has no paid refund under the key. */
    MISSING_AT_PSP,
    /** The PSP paid a refund under a key we never sent. */
    UNKNOWN_TO_REDRESS,
    /** Attempt, PSP and ledger amounts differ. */
    AMOUNT_MISMATCH,
    /** The PSP paid what we hold as failed, or refused what we hold as succeeded. */
    STATUS_MISMATCH,
    /** The PSP paid one key more than once. */
    DUPLICATE,
    /** Not final after the allowed time, or parked for an operator. */
    STUCK,
    /** Paid at the PSP but not posted in the ledger. */
    NOT_POSTED,
    /** A platform advance repaid more than was advanced, or both settled against the seller and recovered. */
    ADVANCE_MISMATCH,

    /** A module's own record of money it booked (a receivable after a refund) differs from the ledger's entries. */
    RECORD_MISMATCH
}
